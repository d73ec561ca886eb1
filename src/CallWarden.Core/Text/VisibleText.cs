using System.Globalization;
using System.Text;

namespace CallWarden.Core.Text;

/// <summary>
/// The one rule for text people type and others read — reports, case notes, reasons, logins, key
/// names, rule labels (issue #9 item 7): no control characters, no bidirectional overrides and no
/// zero-width characters, which can disguise what a reader sees (a number that reads backwards, a
/// login that looks like another, a hidden instruction).
/// </summary>
public static class VisibleText
{
    /// <summary>Null when <paramref name="text"/> is acceptable, else why not (English, for problem details).</summary>
    /// <param name="multiline">Line breaks and tabs are allowed (a note, a mail body), not in a single line (a login).</param>
    public static string? Problem(string text, int maxLength, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > maxLength)
        {
            return $"is {text.Length} characters long; at most {maxLength} are allowed";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"holds a broken character at position {i}";
            }

            if (multiline && c is '\n' or '\r' or '\t')
            {
                continue;
            }

            if (IsHidden(c))
            {
                return $"holds the invisible control character U+{(int)c:X4} at position {i}";
            }
        }

        return null;
    }

    /// <summary>
    /// Control characters, bidirectional marks and overrides, and the zero-width characters that
    /// join nothing (U+200B, U+2060–U+2064, U+180E, U+FEFF). The zero-width joiners U+200C/U+200D stay:
    /// emoji and several scripts need them.
    /// </summary>
    public static bool IsHidden(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
        || c is '\u200B' or >= '\u2060' and <= '\u2064' or '\u180E' or '\uFEFF';

    /// <summary>
    /// <paramref name="text"/> safe to print on a terminal: every hidden character (an escape
    /// sequence's ESC, a bidi override) written as <c>\u001B</c>, so input cannot drive the terminal.
    /// </summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }
}
