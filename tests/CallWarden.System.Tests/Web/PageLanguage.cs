namespace CallWarden.System.Tests.Web;

/// <summary>The languages the public pages are served in; a page test runs once per language.</summary>
public enum PageLanguage
{
    /// <summary>Simplified Chinese, as a browser in mainland China asks for it (zh-CN).</summary>
    ZhHans,

    /// <summary>Traditional Chinese, as a browser in Taiwan asks for it (zh-TW).</summary>
    ZhHant,

    /// <summary>English (en-US).</summary>
    En,
}
