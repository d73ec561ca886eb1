using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>
/// The language to reply in follows the words the sender wrote (issue #14): zh-Hant when the
/// message has a character only traditional Chinese uses, zh-Hans for any other Chinese
/// (ideographs, CJK punctuation, full-width forms), English for other words, and the deployment's
/// fallback for a message with no words. Latin command codes (<c>CX</c>, <c>TD</c>, <c>KTLJ</c>,
/// <c>QXLJ</c>), a report reference (<c>R20261128-000123</c>) and <c>am</c>/<c>pm</c> are no words:
/// mainland users type them all the time and read Chinese.
/// </summary>
public static class ReplyLanguageDetector
{
    private static readonly string[] NoWords = ["cx", "td", "ktlj", "qxlj", "qxtd", "am", "pm", "r", "a", "p", "m"];

    public static DisplayLanguage Detect(ReadOnlySpan<char> text, DisplayLanguage fallback)
    {
        if (text.ContainsAny(TraditionalCharacters.All))
        {
            return DisplayLanguage.ZhHant;
        }

        var hasWord = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsChinese(c))
            {
                return DisplayLanguage.ZhHans;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]) && !IsChinese(text[i]))
            {
                i++;
            }

            hasWord |= !IsNoWord(text[start..i]);
        }

        return hasWord ? DisplayLanguage.En : fallback;
    }

    private static bool IsNoWord(ReadOnlySpan<char> letters)
    {
        foreach (var code in NoWords)
        {
            if (letters.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsChinese(char c) => c is
        (>= '\u3000' and <= '\u303F') or // CJK punctuation: 「」、。
        (>= '\u3400' and <= '\u4DBF') or // extension A
        (>= '\u4E00' and <= '\u9FFF') or // unified ideographs
        (>= '\uF900' and <= '\uFAFF') or // compatibility ideographs
        (>= '\uFF00' and <= '\uFFEF');   // full-width forms: typed with a Chinese input method
}
