using System.Globalization;
using System.Resources;
using CallWarden.Core.Localization;
using CallWarden.Web.Pages.Desk.Monthly;
using CallWarden.Web.Site;

namespace CallWarden.Web.Stats.Monthly;

/// <summary>The monthly report's texts in one language, whatever the current request's (the CLI has none).</summary>
internal sealed class MonthlyTexts(DisplayLanguage language)
{
    private static readonly ResourceManager Texts = new(typeof(MonthlyText));

    public DisplayLanguage Language { get; } = language;

    public string this[string key, params object[] arguments] =>
        Texts.GetString(key, Language.Culture()) is { } text
            ? string.Format(Language.Culture(), text, arguments)
            : throw new KeyNotFoundException($"MonthlyText has no text '{key}'");
}
