using System.Net;
using System.Text;

namespace CallWarden.Voice.Sip;

/// <summary>Builds responses to a request (RFC 3261 section 8.2.6) and writes them as one datagram.</summary>
internal static class SipResponse
{
    public const string Allow = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO";

    /// <summary>
    /// The response's bytes: the request's Vias (the top one with received/rport filled from
    /// <paramref name="source"/>), From, To (with <paramref name="toTag"/> unless it has one), Call-ID
    /// and CSeq; Record-Route copied for a dialog-creating 18x/2xx; then <paramref name="extra"/> and the body.
    /// </summary>
    public static byte[] Build(SipMessage request, IPEndPoint? source, int status, string reason, string? toTag,
        IEnumerable<(string Name, string Value)>? extra = null, string? contentType = null, ReadOnlySpan<byte> body = default)
    {
        var text = new StringBuilder(512);
        text.Append("SIP/2.0 ").Append(status).Append(' ').Append(Clean(reason)).Append("\r\n");
        var first = true;
        foreach (var via in request.Values(SipHeaderNames.Via))
        {
            text.Append("Via: ").Append(first && source is not null ? Received(via, source) : via).Append("\r\n");
            first = false;
        }

        text.Append("From: ").Append(request[SipHeaderNames.From]).Append("\r\n");
        var to = request[SipHeaderNames.To] ?? string.Empty;
        if (toTag is not null && status > 100 && SipText.Parameter(to, "tag") is null)
        {
            to += ";tag=" + toTag;
        }

        text.Append("To: ").Append(to).Append("\r\n");
        text.Append("Call-ID: ").Append(request.CallId).Append("\r\n");
        text.Append("CSeq: ").Append(request[SipHeaderNames.CSeq]).Append("\r\n");
        if (status is > 100 and < 300 && request.Method is "INVITE")
        {
            foreach (var route in request.Values(SipHeaderNames.RecordRoute))
            {
                text.Append("Record-Route: ").Append(route).Append("\r\n");
            }
        }

        foreach (var (name, value) in extra ?? [])
        {
            text.Append(name).Append(": ").Append(Clean(value)).Append("\r\n");
        }

        text.Append("Server: CallWarden\r\n");
        if (contentType is not null)
        {
            text.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        text.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        var head = Encoding.UTF8.GetBytes(text.ToString());
        var datagram = new byte[head.Length + body.Length];
        head.CopyTo(datagram, 0);
        body.CopyTo(datagram.AsSpan(head.Length));
        return datagram;
    }

    /// <summary>
    /// Where a response goes (RFC 3261 section 18.2.2 with RFC 3581): the source address when the top
    /// Via asks for rport or its host is not the source, else the Via's sent-by port (5060 by default).
    /// </summary>
    public static IPEndPoint Destination(SipMessage request, IPEndPoint source)
    {
        var via = request[SipHeaderNames.Via] ?? string.Empty;
        if (SipText.Parameter(via, "rport") is not null)
        {
            return source;
        }

        var sentBy = SentBy(via);
        var colon = sentBy.LastIndexOf(':');
        return colon > 0 && !sentBy.EndsWith(']') && int.TryParse(sentBy.AsSpan(colon + 1), out var port) && port is > 0 and < 65536
            ? new IPEndPoint(source.Address, port)
            : new IPEndPoint(source.Address, colon < 0 ? 5060 : source.Port);
    }

    /// <summary>The top Via with <c>received</c> set to the source, and <c>rport</c> filled when asked for.</summary>
    private static string Received(string via, IPEndPoint source)
    {
        var result = via;
        var rport = SipText.Parameter(via, "rport");
        if (rport is not null && rport.Length == 0)
        {
            result = ReplaceFlag(result, "rport", $"rport={source.Port}");
        }

        if (SipText.Parameter(via, "received") is null)
        {
            result += ";received=" + source.Address;
        }

        return result;
    }

    private static string ReplaceFlag(string via, string flag, string replacement)
    {
        var parts = via.Split(';');
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Trim().Equals(flag, StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = replacement;
            }
        }

        return string.Join(';', parts);
    }

    private static string SentBy(string via)
    {
        // "SIP/2.0/UDP host:port;params"
        var space = via.IndexOfAny([' ', '\t']);
        var rest = space < 0 ? string.Empty : via[(space + 1)..].Trim();
        var semicolon = rest.IndexOf(';');
        return (semicolon < 0 ? rest : rest[..semicolon]).Trim();
    }

    /// <summary>Header values from outside never break a line.</summary>
    private static string Clean(string value) => value.Replace('\r', ' ').Replace('\n', ' ');
}
