namespace CallWarden.Voice.Sip;

/// <summary>The header names the service reads, with RFC 3261's compact forms (section 7.3.3) expanded.</summary>
internal static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string Contact = "Contact";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string RecordRoute = "Record-Route";
    public const string Route = "Route";
    public const string MaxForwards = "Max-Forwards";
    public const string Supported = "Supported";
    public const string Subject = "Subject";
    public const string PAssertedIdentity = "P-Asserted-Identity";
    public const string Privacy = "Privacy";
    public const string Announce = "X-CallWarden-Announce";

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = CallId, ["f"] = From, ["t"] = To, ["v"] = Via, ["m"] = Contact, ["l"] = ContentLength,
        ["c"] = ContentType, ["k"] = Supported, ["s"] = Subject, ["e"] = "Content-Encoding", ["o"] = "Event",
        [Via] = Via, [From] = From, [To] = To, [CallId] = CallId, [CSeq] = CSeq, [Contact] = Contact,
        [ContentLength] = ContentLength, [ContentType] = ContentType, [RecordRoute] = RecordRoute, [Route] = Route,
        [MaxForwards] = MaxForwards, [Supported] = Supported, [Subject] = Subject,
        [PAssertedIdentity] = PAssertedIdentity, [Privacy] = Privacy, [Announce] = Announce,
    };

    /// <summary>The canonical spelling of a name the service knows (any case, compact or long), else the name as sent.</summary>
    public static string Canonical(string name) => Known.TryGetValue(name, out var canonical) ? canonical : name;

    /// <summary>Headers whose comma-separated values are separate entries (RFC 3261 section 7.3.1).</summary>
    public static bool IsList(string canonical) =>
        canonical is Via or RecordRoute or Route or Contact || string.Equals(canonical, "Allow", StringComparison.OrdinalIgnoreCase)
        || string.Equals(canonical, Supported, StringComparison.OrdinalIgnoreCase);
}
