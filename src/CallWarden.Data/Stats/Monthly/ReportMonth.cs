using System.Globalization;
using CallWarden.Core.Calendar;

namespace CallWarden.Data.Stats.Monthly;

/// <summary>The month a monthly report is asked for, as the page's field and the CLI's argument write it: <c>2026-11</c>.</summary>
public static class ReportMonth
{
    /// <summary>Longer than this and it is not a month, whatever it says.</summary>
    public const int MaxLength = 20;

    /// <summary>
    /// The first day of the month <paramref name="text"/> names. Full-width digits and dashes (typed
    /// with a Chinese input method) count as their ASCII twins; spaces around it are ignored.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        var ascii = CalendarDay.Ascii(text);
        if (!DateOnly.TryParseExact(ascii, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed.Year < 2000)
        {
            return false;
        }

        month = parsed;
        return true;
    }

    /// <summary>What is wrong with asking for <paramref name="text"/> on <paramref name="today"/> (China) when the data begins in <paramref name="firstMonth"/>.</summary>
    public static MonthProblem Check(string? text, DateOnly today, DateOnly? firstMonth, out DateOnly month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return MonthProblem.Missing;
        }

        if (!TryParse(text, out month))
        {
            return MonthProblem.NotAMonth;
        }

        if (month > new DateOnly(today.Year, today.Month, 1))
        {
            return MonthProblem.InTheFuture;
        }

        return firstMonth is { } first && month >= first ? MonthProblem.None : MonthProblem.BeforeTheData;
    }

    /// <summary><c>2026-11</c>.</summary>
    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
