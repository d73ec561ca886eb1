using CallWarden.Core.Calendar;

namespace CallWarden.Core.Cases;

/// <summary>
/// How one step of many cases went against its deadline. Times are working days from the step's
/// start to when it was done (nearest-rank percentiles: values that occurred). The share on time
/// counts a step still undone past its deadline as late, and leaves out one still within it.
/// </summary>
public sealed record DeadlineScore(int Met, int MetOnTime, int OverdueUnmet, int? MedianWorkingDays, int? P95WorkingDays, double? ShareOnTime)
{
    /// <summary>Steps judged so far: done, or undone past the deadline.</summary>
    public int Judged => Met + OverdueUnmet;

    public static DeadlineScore Of(IEnumerable<Deadline> deadlines, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(calendar);
        var all = deadlines.ToList();
        var met = all.Where(d => d.MetAt is not null).ToList();
        var overdue = all.Count(d => d.IsOverdueAt(now));
        var onTime = met.Count(d => d.WasMetOnTime);
        int[] days = [.. met.Select(d => calendar.WorkingDaysBetween(d.Start, d.MetAt!.Value)).Order()];
        var judged = met.Count + overdue;
        return new DeadlineScore(
            met.Count,
            onTime,
            overdue,
            NearestRank(days, 0.50),
            NearestRank(days, 0.95),
            judged == 0 ? null : (double)onTime / judged);
    }

    /// <summary>The nearest-rank percentile: a value that occurred, never an interpolation.</summary>
    internal static int? NearestRank(int[] sorted, double percentile) =>
        sorted.Length == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
}
