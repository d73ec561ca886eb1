using System.Globalization;

namespace CallWarden.Voice.Sip;

/// <summary>A parsed SIP request or response. Header names are canonical; lookups ignore case.</summary>
internal sealed class SipMessage
{
    public SipMessage(string? method, string requestUri, int statusCode, string reasonPhrase, IReadOnlyList<SipHeader> headers, ReadOnlyMemory<byte> body)
    {
        Method = method;
        RequestUri = requestUri;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        Body = body;
    }

    /// <summary>The request's method (upper case as sent); null for a response.</summary>
    public string? Method { get; }

    public string RequestUri { get; }

    public int StatusCode { get; }

    public string ReasonPhrase { get; }

    public IReadOnlyList<SipHeader> Headers { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public bool IsRequest => Method is not null;

    /// <summary>The first value of a header (the first entry of a list header), or null.</summary>
    public string? this[string name] => Values(name).FirstOrDefault();

    /// <summary>Every value of a header in order; list headers split at commas outside quotes and angle brackets.</summary>
    public IEnumerable<string> Values(string name)
    {
        var canonical = SipHeaderNames.Canonical(name);
        foreach (var header in Headers)
        {
            if (!string.Equals(header.Name, canonical, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!SipHeaderNames.IsList(canonical))
            {
                yield return header.Value;
                continue;
            }

            foreach (var value in SipText.SplitList(header.Value))
            {
                yield return value;
            }
        }
    }

    public string CallId => this[SipHeaderNames.CallId] ?? string.Empty;

    /// <summary>CSeq's number, or -1 when absent or not a number.</summary>
    public long CSeqNumber
    {
        get
        {
            var cseq = this[SipHeaderNames.CSeq];
            var space = cseq?.IndexOfAny([' ', '\t']) ?? -1;
            return space > 0 && long.TryParse(cseq.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        }
    }

    /// <summary>CSeq's method, or an empty string.</summary>
    public string CSeqMethod
    {
        get
        {
            var cseq = this[SipHeaderNames.CSeq];
            var space = cseq?.IndexOfAny([' ', '\t']) ?? -1;
            return space > 0 ? cseq![(space + 1)..].Trim() : string.Empty;
        }
    }

    /// <summary>The top Via's branch parameter, or an empty string.</summary>
    public string Branch => SipText.Parameter(this[SipHeaderNames.Via] ?? string.Empty, "branch") ?? string.Empty;

    public string FromTag => SipText.Parameter(this[SipHeaderNames.From] ?? string.Empty, "tag") ?? string.Empty;

    public string ToTag => SipText.Parameter(this[SipHeaderNames.To] ?? string.Empty, "tag") ?? string.Empty;

    public string ContentType => this[SipHeaderNames.ContentType] ?? string.Empty;

    public override string ToString() => IsRequest ? $"{Method} {RequestUri}" : $"{StatusCode} {ReasonPhrase}";
}
