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
    public static string? Format(ReportCategory? category, int reporters, DisplayLanguage language) =>
        category is null || reporters <= 0 ? null : Compose(category, reporters, language);

    /// <summary>The label text for any facts (no category: "reported number"; no count: the category alone).</summary>
    internal static string Compose(ReportCategory? category, int reporters, DisplayLanguage language)
    {
        var name = CategoryName(category, language);
        if (reporters <= 0)
        {
            return name;
        }

        // Every labelled call formats one on the screening hot path; string.Format would cost three times as much.
        var (before, after) = language switch
        {
            DisplayLanguage.ZhHant => (" · 已被 ", " 人標記"),
            DisplayLanguage.En => (" · reported by ", reporters == 1 ? " person" : " people"),
            _ => (" · 已被 ", " 人标记"),
        };
        Span<char> count = stackalloc char[MaxGroupedLength];
        return string.Concat(name, before, count[WriteGrouped(reporters, count)..], after);
    }

    /// <summary>int.MaxValue with its separators: 2,147,483,647.</summary>
    private const int MaxGroupedLength = 13;

    /// <summary>Writes <paramref name="value"/> (not negative) with a comma every three digits at the end of <paramref name="into"/>; returns where it starts.</summary>
    internal static int WriteGrouped(int value, Span<char> into)
    {
        var at = into.Length;
        var digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
            {
                into[--at] = ',';
            }

            var next = value / 10;
            into[--at] = (char)('0' + (value - (next * 10)));
            value = next;
            digits++;
        }
        while (value > 0);

        return at;
    }

    /// <summary>"骚扰电话", "詐騙電話", "推销电话" read naturally with 电话; the other categories stand alone.</summary>
    private static string CategoryName(ReportCategory? category, DisplayLanguage language) => category switch
    {
        null => language switch { DisplayLanguage.ZhHant => "被標記號碼", DisplayLanguage.En => "Reported number", _ => "被标记号码" },
        ReportCategory.Harassment or ReportCategory.Fraud or ReportCategory.Marketing when language != DisplayLanguage.En =>
            category.Value.DisplayName(language) + (language == DisplayLanguage.ZhHant ? "電話" : "电话"),
        _ => category.Value.DisplayName(language),
    };
}
