using System.Globalization;
using CallWarden.Core.Localization;

namespace CallWarden.Web.Site;

/// <summary>The three cultures the pages are written in, and the step between them and <see cref="DisplayLanguage"/>.</summary>
internal static class SiteLanguages
{
    public static readonly CultureInfo Simplified = CultureInfo.GetCultureInfo("zh-Hans");
    public static readonly CultureInfo Traditional = CultureInfo.GetCultureInfo("zh-Hant");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly CultureInfo[] All = [Simplified, Traditional, English];

    public static CultureInfo Culture(this DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => Traditional,
        DisplayLanguage.En => English,
        _ => Simplified,
    };

    /// <summary>The language of the page being rendered (the request's UI culture).</summary>
    public static DisplayLanguage Current => DisplayLanguages.FromCultureName(CultureInfo.CurrentUICulture.Name);
}
