namespace CallWarden.Voice.Sip;

/// <summary>
/// Who is calling, as the report line records the reporter: P-Asserted-Identity when it comes from a trusted
/// proxy (RFC 3325: an assertion is believed only inside the trust domain), else From.
/// </summary>
internal static class CallerIdentity
{
    /// <summary>The caller's number, or null when withheld (<c>Privacy: id</c>, anonymous) or unreadable.</summary>
    /// <param name="fromTrustedProxy">True when the INVITE came from one of <c>Channels:Voice:TrustedProxies</c> (Kamailio).</param>
    public static string? Of(SipMessage invite, bool fromTrustedProxy = true)
    {
        var privacy = invite[SipHeaderNames.Privacy];
        if (privacy is not null && privacy.Split(';', ',').Any(p => p.Trim() is var v
            && (v.Equals("id", StringComparison.OrdinalIgnoreCase) || v.Equals("user", StringComparison.OrdinalIgnoreCase) || v.Equals("header", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        // The network's assertion wins; a tel: one is preferred over a sip: one when both are given.
        var asserted = !fromTrustedProxy ? null : invite.Values(SipHeaderNames.PAssertedIdentity).SelectMany(SipText.SplitList)
            .Select(SipText.Uri).Where(u => u is not null).OrderBy(u => u!.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Select(SipText.UriUser).FirstOrDefault(u => u is not null);
        var user = asserted ?? SipText.UriUser(SipText.Uri(invite[SipHeaderNames.From] ?? string.Empty));
        if (user is null || user.Equals("anonymous", StringComparison.OrdinalIgnoreCase) || user.Length > 64)
        {
            return null;
        }

        return user;
    }
}
