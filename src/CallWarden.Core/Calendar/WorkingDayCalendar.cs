using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CallWarden.Core.Calendar;

/// <summary>
/// Working days in China: Monday to Friday, minus the public holidays, plus the make-up working
/// days (调休) that the State Council announces every year. The dates come from a data file
/// (<c>cn-holidays.txt</c>, shipped inside this assembly) so that a new year is a data change.
/// Dates of a year the file does not list fall back to plain weekends: <see cref="Covers"/> tells.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string ShippedResource = "CallWarden.Core.Calendar.cn-holidays.txt";

    private static readonly Lazy<WorkingDayCalendar> ShippedChina = new(LoadShipped);

    private readonly FrozenDictionary<DateOnly, CalendarDayKind> _listed;

    private WorkingDayCalendar(FrozenDictionary<DateOnly, CalendarDayKind> listed)
    {
        _listed = listed;
        Years = [.. listed.Keys.Select(d => d.Year).Distinct().Order()];
    }

    /// <summary>Weekends only: no holidays, no make-up working days.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new(FrozenDictionary<DateOnly, CalendarDayKind>.Empty);

    /// <summary>The calendar shipped with CallWarden (official Chinese holidays, 2026 on).</summary>
    public static WorkingDayCalendar China => ShippedChina.Value;

    /// <summary>The years that have at least one listed date, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Parses a holiday file on its own.</summary>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out WorkingDayCalendar? calendar,
        [NotNullWhen(false)] out CalendarFileError? error) => WeekendsOnly.TryExtend(text, out calendar, out error);

    /// <summary>True when the file lists dates of <paramref name="year"/>, so its holidays are known.</summary>
    public bool Covers(int year) => Years.Contains(year);

    public bool IsWorkingDay(DateOnly date) => _listed.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.Workday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="date"/> (the date itself when 0).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var current = date;
        for (var counted = 0; counted < days;)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
            {
                counted++;
            }
        }

        return current;
    }

    /// <summary>
    /// The instant by which something started at <paramref name="start"/> must be done to be
    /// "within N working days": the working days are counted from the day after the start (China
    /// time), and the deadline is the beginning of the next working day after the N-th, so work
    /// finished on a holiday right after the N-th day is still on time. Something done at
    /// <c>t</c> is on time exactly when <c>WorkingDaysBetween(start, t) ≤ N</c>.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays)
    {
        var last = AddWorkingDays(ChinaTime.DateOf(start), workingDays);
        return ChinaTime.StartOf(AddWorkingDays(last, 1));
    }

    /// <summary>
    /// The working day to name when telling people "by …" a <see cref="DeadlineAfter"/> deadline: the last
    /// working day before it (China time), so that a deadline at the start of Monday reads as Friday.
    /// </summary>
    public DateOnly LastWorkingDayBefore(DateTimeOffset deadline)
    {
        var day = ChinaTime.DateOf(deadline).AddDays(-1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>
    /// Working days that began after <paramref name="from"/>'s date up to and including
    /// <paramref name="to"/>'s date (China time): 0 for the same day, 1 for the next working day.
    /// </summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var day = ChinaTime.DateOf(from);
        var end = ChinaTime.DateOf(to);
        var count = 0;
        while (day < end)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// This calendar plus the dates of <paramref name="text"/> (same format as the shipped file).
    /// A date listed twice is refused, whether in the text or already in this calendar.
    /// </summary>
    public bool TryExtend(
        string text,
        [NotNullWhen(true)] out WorkingDayCalendar? calendar,
        [NotNullWhen(false)] out CalendarFileError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var listed = new Dictionary<DateOnly, CalendarDayKind>(_listed);
        var lineOf = new Dictionary<DateOnly, int>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var content = StripComment(lines[i]);
            if (content.Length == 0)
            {
                continue;
            }

            error = ParseLine(content, lineNumber, out var date, out var kind);
            error ??= lineOf.TryGetValue(date, out var first)
                ? new CalendarFileError(lineNumber, $"{Iso(date)} is already listed on line {first}")
                : listed.ContainsKey(date) ? new CalendarFileError(lineNumber, $"{Iso(date)} is already in the calendar") : null;
            if (error is not null)
            {
                calendar = null;
                return false;
            }

            listed[date] = kind;
            lineOf[date] = lineNumber;
        }

        calendar = new WorkingDayCalendar(listed.ToFrozenDictionary());
        error = null;
        return true;
    }

    private static CalendarFileError? ParseLine(string content, int line, out DateOnly date, out CalendarDayKind kind)
    {
        date = default;
        kind = default;
        var parts = content.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return new(line, $"expected '<yyyy-MM-dd> <holiday|workday> [name]', found '{content}'");
        }

        if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return new(line, $"'{parts[0]}' is not a date in the form yyyy-MM-dd");
        }

        switch (parts[1])
        {
            case "holiday":
                kind = CalendarDayKind.Holiday;
                return null;
            case "workday" when date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday:
                kind = CalendarDayKind.Workday;
                return null;
            case "workday":
                // A make-up working day is always a weekend day; a weekday here is a typo in the date.
                return new(line, $"{Iso(date)} is a {date.DayOfWeek}, already a working day: a make-up workday falls on a weekend");
            default:
                return new(line, $"'{parts[1]}' is neither 'holiday' nor 'workday'");
        }
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? line[..hash] : line).TrimStart('\uFEFF').Trim();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static WorkingDayCalendar LoadShipped()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The holiday file {ShippedResource} is not embedded in CallWarden.Core.");
        using var reader = new StreamReader(stream);
        return TryParse(reader.ReadToEnd(), out var calendar, out var error)
            ? calendar
            : throw new InvalidOperationException($"The shipped holiday file {ShippedResource} is malformed: {error}");
    }
}
