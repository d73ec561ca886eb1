using CallWarden.Core.Localization;

namespace CallWarden.Core.Screening;

public static class Dispositions
{
    /// <summary>True for the dispositions that keep the call from ringing the callee.</summary>
    public static bool Blocks(this Disposition disposition) => disposition >= Disposition.Reject;

    /// <summary>The stored code, e.g. <c>not_in_service</c>.</summary>
    public static string ToCode(this Disposition disposition) => disposition switch
    {
        Disposition.Label => "label",
        Disposition.Reject => "reject",
        Disposition.Busy => "busy",
        Disposition.PoweredOff => "powered_off",
        Disposition.NotInService => "not_in_service",
        Disposition.Voicemail => "voicemail",
        _ => "allow",
    };

    /// <summary>The disposition of a stored code; false for a code this version does not know.</summary>
    public static bool TryParseCode(string? code, out Disposition disposition)
    {
        foreach (var candidate in Enum.GetValues<Disposition>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                disposition = candidate;
                return true;
            }
        }

        disposition = Disposition.Allow;
        return false;
    }

    /// <summary>The SIP status the proxy answers with; 200 means "relay the INVITE" (the callee's answer follows).</summary>
    public static int SipCode(this Disposition disposition) => disposition switch
    {
        Disposition.Reject => 603,
        Disposition.Busy => 486,
        Disposition.PoweredOff => 480,
        Disposition.NotInService => 604,
        Disposition.Voicemail => 302,
        _ => 200,
    };

    /// <summary>The reason phrase of <see cref="SipCode"/> (RFC 3261).</summary>
    public static string SipReasonPhrase(this Disposition disposition) => disposition switch
    {
        Disposition.Reject => "Decline",
        Disposition.Busy => "Busy Here",
        Disposition.PoweredOff => "Temporarily Unavailable",
        Disposition.NotInService => "Does Not Exist Anywhere",
        Disposition.Voicemail => "Moved Temporarily",
        _ => "OK",
    };

    /// <summary>What the caller hears instead of ringing, for the dispositions that play an announcement.</summary>
    public static string? Announcement(this Disposition disposition, DisplayLanguage language) => (disposition, language) switch
    {
        (Disposition.PoweredOff, DisplayLanguage.ZhHant) => "您撥打的電話已關機",
        (Disposition.PoweredOff, DisplayLanguage.En) => "The number you dialled is switched off",
        (Disposition.PoweredOff, _) => "您拨打的电话已关机",
        (Disposition.NotInService, DisplayLanguage.ZhHant) => "您撥打的號碼是空號",
        (Disposition.NotInService, DisplayLanguage.En) => "The number you dialled does not exist",
        (Disposition.NotInService, _) => "您拨打的号码是空号",
        _ => null,
    };
}
