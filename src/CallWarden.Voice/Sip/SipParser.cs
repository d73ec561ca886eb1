using System.Globalization;
using System.Text;

namespace CallWarden.Voice.Sip;

/// <summary>
/// Reads one SIP message from one UDP datagram (RFC 3261 section 7 and 18.3). Never throws: bad
/// input comes back as a <see cref="SipParseResult"/> with the reason.
/// </summary>
internal static class SipParser
{
    /// <summary>The largest datagram read; UDP cannot carry more, and anything claiming to is refused.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    public const int MaxHeaders = 200;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static SipParseResult Parse(ReadOnlySpan<byte> datagram)
    {
        if (datagram.IsEmpty)
        {
            return new SipParseResult(null, "empty datagram");
        }

        if (datagram.Length > MaxMessageBytes)
        {
            return new SipParseResult(null, $"message larger than {MaxMessageBytes} bytes");
        }

        // Keep-alive CRLFs between messages (RFC 5626) carry nothing.
        var start = 0;
        while (start < datagram.Length && datagram[start] is (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        datagram = datagram[start..];
        var end = HeaderEnd(datagram, out var separator);
        if (end < 0)
        {
            return new SipParseResult(null, "no empty line after the headers");
        }

        var head = Utf8.GetString(datagram[..end]);
        var body = datagram[(end + separator)..];
        var lines = Unfold(head.Split('\n'));
        if (lines.Count == 0)
        {
            return new SipParseResult(null, "no start line");
        }

        if (lines.Count - 1 > MaxHeaders)
        {
            return new SipParseResult(null, $"more than {MaxHeaders} header lines");
        }

        var headers = new List<SipHeader>(lines.Count - 1);
        for (var i = 1; i < lines.Count; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon <= 0)
            {
                return new SipParseResult(null, $"header line {i} has no name");
            }

            var name = lines[i][..colon].Trim();
            if (!IsToken(name))
            {
                return new SipParseResult(null, $"header line {i} has a bad name");
            }

            headers.Add(new SipHeader(SipHeaderNames.Canonical(name), lines[i][(colon + 1)..].Trim()));
        }

        var startLine = lines[0];
        SipMessage message;
        if (startLine.StartsWith("SIP/2.0 ", StringComparison.Ordinal))
        {
            var rest = startLine[8..];
            var space = rest.IndexOf(' ');
            var code = space < 0 ? rest : rest[..space];
            if (code.Length != 3 || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 100)
            {
                return new SipParseResult(null, "bad status code");
            }

            message = new SipMessage(null, string.Empty, status, space < 0 ? string.Empty : rest[(space + 1)..], headers, Array.Empty<byte>());
        }
        else
        {
            var parts = startLine.Split(' ');
            if (parts.Length != 3 || !IsToken(parts[0]) || parts[1].Length == 0 || parts[2] != "SIP/2.0")
            {
                return new SipParseResult(null, "bad start line");
            }

            message = new SipMessage(parts[0], parts[1], 0, string.Empty, headers, Array.Empty<byte>());
        }

        var lengthText = message[SipHeaderNames.ContentLength];
        var length = body.Length;
        if (lengthText is not null)
        {
            if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length))
            {
                return new SipParseResult(message, "bad Content-Length");
            }

            // A body shorter than announced means a cut datagram (RFC 3261 section 18.3): refused. Longer is cut.
            if (length > body.Length)
            {
                return new SipParseResult(message, "body shorter than Content-Length");
            }
        }

        message = new SipMessage(message.Method, message.RequestUri, message.StatusCode, message.ReasonPhrase, headers, body[..length].ToArray());
        var problem = Check(message);
        return new SipParseResult(message, problem);
    }

    /// <summary>What every message needs (RFC 3261 section 8.1.1): the problem, or null.</summary>
    private static string? Check(SipMessage message)
    {
        foreach (var required in (ReadOnlySpan<string>)[SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq])
        {
            if (string.IsNullOrWhiteSpace(message[required]))
            {
                return $"no {required}";
            }
        }

        if (message.Values(SipHeaderNames.CallId).Count() > 1 || message.Headers.Count(h => h.Name == SipHeaderNames.CSeq) > 1)
        {
            return "more than one Call-ID or CSeq";
        }

        if (message.CSeqNumber is < 0 or > uint.MaxValue || !IsToken(message.CSeqMethod))
        {
            return "bad CSeq";
        }

        if (!message[SipHeaderNames.Via]!.StartsWith("SIP/2.0/", StringComparison.OrdinalIgnoreCase))
        {
            return "bad Via";
        }

        if (SipText.Uri(message[SipHeaderNames.From]!) is null || SipText.Uri(message[SipHeaderNames.To]!) is null)
        {
            return "bad From or To";
        }

        if (message.IsRequest)
        {
            if (!string.Equals(message.CSeqMethod, message.Method, StringComparison.Ordinal))
            {
                return "CSeq method differs from the request's";
            }

            if (!message.RequestUri.Contains(':', StringComparison.Ordinal))
            {
                return "bad Request-URI";
            }

            var maxForwards = message[SipHeaderNames.MaxForwards];
            if (maxForwards is not null && !byte.TryParse(maxForwards, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return "bad Max-Forwards";
            }
        }

        return null;
    }

    private static int HeaderEnd(ReadOnlySpan<byte> data, out int separator)
    {
        var crlf = data.IndexOf("\r\n\r\n"u8);
        var lf = data.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separator = 4;
            return crlf;
        }

        separator = 2;
        return lf;
    }

    /// <summary>Lines without their CR, continuation lines (leading space or tab) joined to the line before.</summary>
    private static List<string> Unfold(string[] raw)
    {
        var lines = new List<string>(raw.Length);
        foreach (var line in raw)
        {
            var text = line.TrimEnd('\r');
            if (lines.Count > 0 && text.Length > 0 && text[0] is ' ' or '\t')
            {
                lines[^1] = lines[^1] + " " + text.Trim();
            }
            else
            {
                lines.Add(text);
            }
        }

        return lines;
    }

    private static bool IsToken(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "-.!%*_+`'~".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
