namespace CallWarden.Web.Site;

/// <summary>Digits as people type them: a Chinese input method often writes full-width ones (１２３).</summary>
internal static class TypedDigits
{
    /// <summary><paramref name="text"/> trimmed, with full-width digits as ASCII; empty for null.</summary>
    public static string Ascii(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
    }
}
