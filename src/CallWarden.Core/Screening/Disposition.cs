namespace CallWarden.Core.Screening;

/// <summary>What happens to a call; stored as a code (<see cref="Dispositions.ToCode"/>), rendered as SIP by <see cref="Dispositions.SipCode"/>.</summary>
public enum Disposition : byte
{
    /// <summary>Relay the call (<c>allow</c>).</summary>
    Allow = 0,

    /// <summary>Relay the call with a label header (<c>label</c>).</summary>
    Label,

    /// <summary>603 Decline (<c>reject</c>).</summary>
    Reject,

    /// <summary>486 Busy Here (<c>busy</c>).</summary>
    Busy,

    /// <summary>480 Temporarily Unavailable with the "已关机" announcement (<c>powered_off</c>).</summary>
    PoweredOff,

    /// <summary>604 Does Not Exist Anywhere with the "空号" announcement (<c>not_in_service</c>).</summary>
    NotInService,

    /// <summary>302 Moved Temporarily to the voicemail URI (<c>voicemail</c>).</summary>
    Voicemail,
}
