using System.Globalization;

namespace CallWarden.Core.Calendar;

/// <summary>
/// A day someone asks for, written <c>yyyy-MM-dd</c> (full-width digits and dashes too, as a Chinese
/// input method types them): the ends of a statistics period, a queue filter. Only the years
/// CallWarden can count in, so that the day after the last and the day before the first still exist
/// and become instants (issue #9 part 5: <c>to=9999-12-31</c> was a 500).
/// </summary>
public static class CalendarDay
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2099, 12, 31);

    /// <summary>The range as the error messages show it: <c>2000-01-01</c> and <c>2099-12-31</c>.</summary>
    public static string FirstText => Text(First);

    public static string LastText => Text(Last);

    public static bool TryParse(string? text, out DateOnly day)
    {
        day = default;
        if (text is null || text.Length > 16)
        {
            return false;
        }

        if (!DateOnly.TryParseExact(Ascii(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed < First || parsed > Last)
        {
            return false;
        }

        day = parsed;
        return true;
    }

    /// <summary>A written date or month trimmed, with full-width digits and dashes as ASCII.</summary>
    public static string Ascii(string text) => string.Concat(text.Trim().Select(c => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '－' or '—' or '–' => '-',
        _ => c,
    }));

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
