using System.Globalization;

namespace CallWarden.Data.Intake;

/// <summary>Checks on free text: length, and no characters that hide or reorder what a reader sees.</summary>
public static class SubmissionText
{
    /// <summary>Null when <paramref name="text"/> is acceptable, else why not.</summary>
    public static string? Problem(string text, int maxLength, bool multiline)
    {
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

            // Control characters and bidirectional overrides can disguise text shown to analysts
            // (a number that reads backwards, a hidden instruction).
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Control || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\uFEFF')
            {
                return $"holds the invisible control character U+{(int)c:X4} at position {i}";
            }
        }

        return null;
    }
}
