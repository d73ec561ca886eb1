using CallWarden.Core.Calendar;
using CallWarden.Data;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Numbers;

/// <summary>
/// How many reports a number drew in each China calendar week (Monday to Sunday), oldest first,
/// the current week last (so far).
/// </summary>
internal sealed record WeeklyReports(DateOnly FirstMonday, IReadOnlyList<int> Counts)
{
    public DateOnly Monday(int week) => FirstMonday.AddDays(7 * week);

    /// <summary>When the current week ends and a new one begins (midnight China time).</summary>
    public DateTimeOffset NextWeekStart => ChinaTime.StartOf(Monday(Counts.Count));

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static async Task<WeeklyReports> ReadAsync(CallWardenDbContext db, long number, DateTimeOffset now, int weeks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weeks);
        var first = MondayOf(ChinaTime.DateOf(now)).AddDays(-7 * (weeks - 1));
        var from = ChinaTime.StartOf(first);

        // The (target, received_at) index of reports answers this without reading the rows.
        var received = await db.Reports.AsNoTracking()
            .Where(r => r.Target == number && r.ReceivedAt >= from)
            .Select(r => r.ReceivedAt)
            .ToListAsync(cancellationToken);
        var counts = new int[weeks];
        foreach (var at in received)
        {
            var week = (ChinaTime.DateOf(at).DayNumber - first.DayNumber) / 7;
            if (week < weeks)
            {
                counts[week]++;
            }
        }

        return new WeeklyReports(first, counts);
    }
}
