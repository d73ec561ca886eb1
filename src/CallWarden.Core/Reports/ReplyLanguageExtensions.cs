namespace CallWarden.Core.Reports;

public static class ReplyLanguageExtensions
{
    /// <summary>The BCP 47 tag: <c>en</c>, <c>zh-Hans</c> or <c>zh-Hant</c>.</summary>
    public static string ToTag(this ReplyLanguage language) => language switch
    {
        ReplyLanguage.ZhHans => "zh-Hans",
        ReplyLanguage.ZhHant => "zh-Hant",
        _ => "en",
    };
}
