using CallWarden.Core.Localization;

namespace CallWarden.Voice.Prompts;

internal static class VoiceLanguages
{
    public static IReadOnlyList<VoiceLanguage> All { get; } = Enum.GetValues<VoiceLanguage>();

    /// <summary>The prompt file's name, which is also the cache folder's.</summary>
    public static string FileTag(this VoiceLanguage language) => language switch
    {
        VoiceLanguage.Cantonese => "yue",
        VoiceLanguage.English => "en",
        _ => "zh-Hans",
    };

    /// <summary>
    /// The espeak-ng voice that renders it. Mandarin is <c>cmn-latn-pinyin</c>, not <c>cmn</c>: espeak-ng
    /// 1.51's <c>cmn</c> turns 汉字 into pinyin and then reads the pinyin as English ("nin two bo one …").
    /// </summary>
    public static string EspeakVoice(this VoiceLanguage language) => language switch
    {
        VoiceLanguage.Cantonese => "yue",
        VoiceLanguage.English => "en-us",
        _ => "cmn-latn-pinyin",
    };

    /// <summary>The written language of what follows by SMS.</summary>
    public static DisplayLanguage Written(this VoiceLanguage language) => language switch
    {
        VoiceLanguage.Cantonese => DisplayLanguage.ZhHant,
        VoiceLanguage.English => DisplayLanguage.En,
        _ => DisplayLanguage.ZhHans,
    };

    /// <summary>
    /// The language a caller is greeted in, from their number's country code: Cantonese for +852 and
    /// +853, Mandarin for China and Taiwan, English for any other country; Mandarin when withheld or
    /// written without one (a domestic call).
    /// </summary>
    public static VoiceLanguage ForCaller(string? callerNumber)
    {
        var digits = callerNumber?.Trim() ?? string.Empty;
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }
        else if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        else
        {
            return VoiceLanguage.Mandarin; // national form: a call from within China
        }

        if (digits.StartsWith("852", StringComparison.Ordinal) || digits.StartsWith("853", StringComparison.Ordinal))
        {
            return VoiceLanguage.Cantonese;
        }

        return digits.StartsWith("86", StringComparison.Ordinal) || digits.StartsWith("886", StringComparison.Ordinal) || digits.Length == 0
            ? VoiceLanguage.Mandarin
            : VoiceLanguage.English;
    }
}
