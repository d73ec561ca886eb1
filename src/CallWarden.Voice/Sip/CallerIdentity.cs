namespace CallWarden.Voice.Sip;

/// <summary>Who is calling, as the report line records the reporter: P-Asserted-Identity, else From.</summary>
internal static class CallerIdentity
{
    /// <summary>The caller's number, or null when withheld (<c>Privacy: id</c>, anonymous) or unreadable.</summary>
    public static string? Of(SipMessage invite)
    {
        var privacy = invite[SipHeaderNames.Privacy];
        if (privacy is not null && privacy.Split(';', ',').Any(p => p.Trim() is var v
            && (v.Equals("id", StringComparison.OrdinalIgnoreCase) || v.Equals("user", StringComparison.OrdinalIgnoreCase) || v.Equals("header", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        // The network's assertion wins; a tel: one is preferred over a sip: one when both are given.
        var asserted = invite.Values(SipHeaderNames.PAssertedIdentity).SelectMany(SipText.SplitList)
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
