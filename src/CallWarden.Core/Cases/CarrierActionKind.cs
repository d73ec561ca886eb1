namespace CallWarden.Core.Cases;

/// <summary>What a carrier did about a number.</summary>
public enum CarrierActionKind
{
    Warning,

    /// <summary>Outbound calls restricted for a number of days; ends by itself.</summary>
    RestrictOutbound,

    /// <summary>Outbound calls suspended until the decision is reversed.</summary>
    SuspendOutbound,

    /// <summary>The number was taken back from its holder.</summary>
    ReclaimNumber,

    NoViolationFound,

    /// <summary>Outbound SMS restricted for a number of days; ends by itself. Calls are not affected.</summary>
    RestrictOutboundSms,
}
