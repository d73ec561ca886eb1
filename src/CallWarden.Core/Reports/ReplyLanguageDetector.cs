using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>
/// The language to reply in: zh-Hant when the message has a character only traditional Chinese
/// uses, zh-Hans for any other Chinese (ideographs, CJK punctuation, full-width forms), English for
/// other letters, and the deployment's fallback for a message of digits and symbols alone.
/// </summary>
public static class ReplyLanguageDetector
{
    public static DisplayLanguage Detect(ReadOnlySpan<char> text, DisplayLanguage fallback)
    {
        if (text.ContainsAny(TraditionalCharacters.All))
        {
            return DisplayLanguage.ZhHant;
        }

        var hasLetter = false;
        foreach (var c in text)
        {
            if (IsChinese(c))
            {
                return DisplayLanguage.ZhHans;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter ? DisplayLanguage.En : fallback;
    }

    private static bool IsChinese(char c) => c is
        (>= '\u3000' and <= '\u303F') or // CJK punctuation: 「」、。
        (>= '\u3400' and <= '\u4DBF') or // extension A
        (>= '\u4E00' and <= '\u9FFF') or // unified ideographs
        (>= '\uF900' and <= '\uFAFF') or // compatibility ideographs
        (>= '\uFF00' and <= '\uFFEF');   // full-width forms: typed with a Chinese input method
}
