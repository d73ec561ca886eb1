using System.Text;

namespace CallWarden.Voice.Media;

/// <summary>The SIP INFO fallback for keys: <c>application/dtmf-relay</c> (<c>Signal=5</c>) or <c>application/dtmf</c> (<c>5</c>).</summary>
internal static class DtmfRelay
{
    public static bool IsDtmf(string contentType)
    {
        var type = contentType.Split(';')[0].Trim();
        return type.Equals("application/dtmf-relay", StringComparison.OrdinalIgnoreCase) || type.Equals("application/dtmf", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The key in the body, or null when it names none.</summary>
    public static char? Key(string contentType, ReadOnlySpan<byte> body)
    {
        if (body.Length > 1024)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        string? signal = null;
        if (contentType.Split(';')[0].Trim().Equals("application/dtmf", StringComparison.OrdinalIgnoreCase))
        {
            signal = text.Trim();
        }
        else
        {
            foreach (var line in text.Split('\n'))
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && line[..equals].Trim().Equals("Signal", StringComparison.OrdinalIgnoreCase))
                {
                    signal = line[(equals + 1)..].Trim();
                }
            }
        }

        return signal switch
        {
            { Length: 1 } s when char.IsAsciiDigit(s[0]) || s[0] is '*' or '#' => s[0],
            { Length: 1 } s when char.ToUpperInvariant(s[0]) is >= 'A' and <= 'D' => char.ToUpperInvariant(s[0]),
            "10" => '*',
            "11" => '#',
            _ => null,
        };
    }
}
