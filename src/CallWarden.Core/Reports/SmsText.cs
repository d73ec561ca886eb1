using System.Globalization;
using System.Text;

namespace CallWarden.Core.Reports;

/// <summary>The character classes of the SMS grammar and the folding that makes its variants one.</summary>
internal static class SmsText
{
    /// <summary>What people type between the number and the rest: <c>*</c>, full-width <c>＊</c>, <c>×</c> and look-alikes.</summary>
    public const string Separators = "*＊×﹡∗✱";

    private const string Quotes = "「」『』“”‘’\"'＂＇〝〞";

    public static bool IsSeparator(char c) => Separators.Contains(c, StringComparison.Ordinal);

    public static bool IsQuote(char c) => Quotes.Contains(c, StringComparison.Ordinal);

    /// <summary>Zero-width spaces, bidi marks and overrides, BOM, soft hyphen: invisible, and a way to hide text.</summary>
    public static bool IsInvisibleMark(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Full-width ASCII (<c>１３９</c>, <c>：</c>, <c>＊</c>) as ASCII; the ideographic space as a space.</summary>
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Width-folded, simplified and lower-case: the form every keyword table is written in.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(char.ToLowerInvariant(TraditionalCharacters.ToSimplified(FoldWidth(c))));
        }

        return folded.ToString();
    }

    /// <summary>NUL and other control characters (line breaks and tabs excepted) or broken UTF-16.</summary>
    public static bool HasUnreadableCharacters(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    public static ReadOnlySpan<char> TrimBlanks(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    public static ReadOnlySpan<char> TrimBlanksAndQuotes(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (IsBlank(text[start]) || IsQuote(text[start])))
        {
            start++;
        }

        while (end > start && (IsBlank(text[end - 1]) || IsQuote(text[end - 1])))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>
    /// Spam text as evidence, minus the marks that would reorder or hide it on an analyst's screen.
    /// Joiners stay: they hold emoji sequences and some scripts together.
    /// </summary>
    public static string WithoutHidingMarks(ReadOnlySpan<char> text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisibleMark(c) || c is '\u200C' or '\u200D')
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || IsInvisibleMark(c);
}
