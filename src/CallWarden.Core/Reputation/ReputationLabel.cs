using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;

namespace CallWarden.Core.Reputation;

/// <summary>
/// The line a caller-ID screen shows under a number: its top category and how many people marked it,
/// the way the call-blocking apps print it (<c>骚扰电话 · 已被 1,234 人标记</c>).
/// </summary>
public static class ReputationLabel
{
    /// <summary>The label, or null when there is nothing to say (no category or nobody reported).</summary>
    public static string? Format(ReportCategory? category, int reporters, DisplayLanguage language)
    {
        if (category is not { } c || reporters <= 0)
        {
            return null;
        }

        var count = reporters.ToString("N0", CultureInfo.InvariantCulture);
        var name = c.DisplayName(language);
        return language switch
        {
            DisplayLanguage.ZhHant => $"{name}電話 · 已被 {count} 人標記",
            DisplayLanguage.En => reporters == 1 ? $"{name} · reported by 1 person" : $"{name} · reported by {count} people",
            _ => $"{name}电话 · 已被 {count} 人标记",
        };
    }
}
