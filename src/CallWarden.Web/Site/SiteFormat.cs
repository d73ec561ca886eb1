using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Localization;

namespace CallWarden.Web.Site;

/// <summary>
/// Dates and numbers as the reader's language writes them: 2026年12月6日 (both Chinese scripts),
/// 6 December 2026; counts grouped as the culture groups them (1,234).
/// </summary>
internal static class SiteFormat
{
    public static string Date(DateOnly day, DisplayLanguage language) => language == DisplayLanguage.En
        ? day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : day.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);

    /// <summary>A moment as its China calendar day.</summary>
    public static string Date(DateTimeOffset instant, DisplayLanguage language) => Date(ChinaTime.DateOf(instant), language);

    /// <summary>A moment in China time to the minute: 2026年12月6日 14:30 / 6 December 2026, 14:30.</summary>
    public static string DateTime(DateTimeOffset instant, DisplayLanguage language)
    {
        var time = instant.ToOffset(ChinaTime.Offset).ToString("HH:mm", CultureInfo.InvariantCulture);
        return language == DisplayLanguage.En ? $"{Date(instant, language)}, {time}" : $"{Date(instant, language)} {time}";
    }

    /// <summary>A month heading: 2026年12月 / December 2026.</summary>
    public static string Month(DateOnly month, DisplayLanguage language) => language == DisplayLanguage.En
        ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : month.ToString("yyyy'年'M'月'", CultureInfo.InvariantCulture);

    public static string Count(long value, DisplayLanguage language) => value.ToString("N0", language.Culture());
}
