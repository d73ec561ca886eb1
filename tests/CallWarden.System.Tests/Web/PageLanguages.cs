namespace CallWarden.System.Tests.Web;

/// <summary>How a <see cref="PageLanguage"/> is spelled to the browser and in screenshot file names.</summary>
public static class PageLanguages
{
    /// <summary>For <c>[Theory, MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]</c>.</summary>
    public static TheoryData<PageLanguage> Each => [.. Enum.GetValues<PageLanguage>()];

    extension(PageLanguage language)
    {
        /// <summary>The browser context's locale; Playwright makes Accept-Language and navigator.language follow it.</summary>
        public string Locale => language switch
        {
            PageLanguage.ZhHans => "zh-CN",
            PageLanguage.ZhHant => "zh-TW",
            PageLanguage.En => "en-US",
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };

        /// <summary>The tag in screenshot file names: zh-Hans, zh-Hant, en.</summary>
        public string Tag => language switch
        {
            PageLanguage.ZhHans => "zh-Hans",
            PageLanguage.ZhHant => "zh-Hant",
            PageLanguage.En => "en",
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };
    }
}
