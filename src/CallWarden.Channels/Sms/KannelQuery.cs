namespace CallWarden.Channels.Sms;

/// <summary>
/// Splits a query or form into names and the raw bytes of their values. Kannel's <c>%a</c> of a
/// UCS-2 message is URL-encoded UTF-16, which a UTF-8 query decoder would destroy.
/// </summary>
internal static class KannelQuery
{
    public static Dictionary<string, byte[]>? Parse(string? query)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(query))
        {
            return result;
        }

        if (query.Length > KannelMoReader.MaxBytes)
        {
            return null;
        }

        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = Decode(equals < 0 ? string.Empty : pair[(equals + 1)..]);
            if (name is null || value is null)
            {
                return null;
            }

            // The first of a repeated field wins, so a second one cannot override what was checked.
            result.TryAdd(System.Text.Encoding.UTF8.GetString(name), value);
        }

        return result;
    }

    private static byte[]? Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%')
            {
                if (i + 2 >= encoded.Length || !char.IsAsciiHexDigit(encoded[i + 1]) || !char.IsAsciiHexDigit(encoded[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c > 0x7F)
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(c.ToString()));
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        return [.. bytes];
    }
}
