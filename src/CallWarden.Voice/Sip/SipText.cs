using System.Text;

namespace CallWarden.Voice.Sip;

/// <summary>The small grammar pieces of RFC 3261 section 25 the service reads: lists, header parameters, URIs.</summary>
internal static class SipText
{
    /// <summary>Splits a list header at commas that are outside quoted strings and angle brackets.</summary>
    public static IEnumerable<string> SplitList(string value)
    {
        var start = 0;
        var quoted = false;
        var angle = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '<')
            {
                angle = true;
            }
            else if (c == '>')
            {
                angle = false;
            }
            else if (c == ',' && !angle)
            {
                var part = value[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }

        var last = value[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    /// <summary>
    /// A header parameter (<c>;tag=…</c>, <c>;branch=…</c>): the ones after the name-addr's closing
    /// angle bracket, or after the first semicolon of an addr-spec or a Via. Null when absent;
    /// an empty string for a parameter without a value (<c>;rport</c>).
    /// </summary>
    public static string? Parameter(string header, string name)
    {
        var close = header.LastIndexOf('>');
        var from = close >= 0 ? close + 1 : 0;
        var parameters = header.AsSpan(from);
        var first = parameters.IndexOf(';');
        if (first < 0)
        {
            return null;
        }

        foreach (var range in parameters[(first + 1)..].Split(';'))
        {
            var parameter = parameters[(first + 1)..][range].Trim();
            var equals = parameter.IndexOf('=');
            var key = (equals < 0 ? parameter : parameter[..equals]).Trim();
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return equals < 0 ? string.Empty : parameter[(equals + 1)..].Trim().Trim('"').ToString();
            }
        }

        return null;
    }

    /// <summary>The URI of a name-addr (<c>"Name" &lt;sip:…&gt;;tag=…</c>) or an addr-spec (<c>sip:…;tag=…</c>); null when there is none.</summary>
    public static string? Uri(string header)
    {
        var open = header.IndexOf('<');
        if (open >= 0)
        {
            var close = header.IndexOf('>', open + 1);
            return close > open + 1 ? header[(open + 1)..close].Trim() : null;
        }

        // Without angle brackets, parameters after the URI belong to the header (RFC 3261 section 20.10).
        var semicolon = header.IndexOf(';');
        var uri = (semicolon >= 0 ? header[..semicolon] : header).Trim();
        return uri.Length > 0 && uri.IndexOfAny([' ', '"']) < 0 ? uri : null;
    }

    /// <summary>
    /// The user part of a <c>sip:</c>/<c>sips:</c> URI (before <c>@</c>, without a password) or the
    /// number of a <c>tel:</c> URI, percent-decoded; null for other schemes, no user, or bad escapes.
    /// </summary>
    public static string? UriUser(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        string rest;
        if (uri.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            rest = uri[4..];
        }
        else if (uri.StartsWith("sips:", StringComparison.OrdinalIgnoreCase))
        {
            rest = uri[5..];
        }
        else if (uri.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            var number = uri[4..];
            var end = number.IndexOfAny([';', '?']);
            return Unescape(end >= 0 ? number[..end] : number);
        }
        else
        {
            return null;
        }

        var at = rest.IndexOf('@');
        if (at <= 0)
        {
            return null;
        }

        var user = rest[..at];
        var colon = user.IndexOf(':');
        if (colon >= 0)
        {
            user = user[..colon];
        }

        // A user part may carry user parameters (;phone-context=…) in the tel-subscriber form.
        var semicolon = user.IndexOf(';');
        if (semicolon >= 0)
        {
            user = user[..semicolon];
        }

        return Unescape(user);
    }

    private static string? Unescape(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
                continue;
            }

            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
            {
                return null;
            }

            bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
            i += 2;
        }

        var decoded = Encoding.UTF8.GetString(bytes.ToArray());
        return decoded.Length == 0 ? null : decoded;
    }
}
