using CallWarden.Core.Numbers;

namespace CallWarden.Core.Cases;

/// <summary>The public scorecard: per carrier, how fast and how often on time it acts on forwarded cases.</summary>
public static class CarrierScorecard
{
    public static IReadOnlyList<CarrierScore> Compute(IEnumerable<Case> cases, CaseDeadlines deadlines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var acts = cases
            .Where(c => c.Routing is not null)
            .SelectMany(c => deadlines.For(c).Where(d => d.Kind == DeadlineKind.Act).Select(d => (c.Routing!.Carrier, Deadline: d)));
        return [.. acts.GroupBy(a => a.Carrier).OrderBy(g => g.Key).Select(g => Score(g.Key, [.. g.Select(a => a.Deadline)], deadlines, now))];
    }

    private static CarrierScore Score(Carrier carrier, List<Deadline> acts, CaseDeadlines deadlines, DateTimeOffset now)
    {
        var met = acts.Where(d => d.MetAt is not null).ToList();
        var overdue = acts.Count(d => d.IsOverdueAt(now));
        int[] days = [.. met.Select(d => deadlines.Calendar.WorkingDaysBetween(d.Start, d.MetAt!.Value)).Order()];
        var judged = met.Count + overdue;
        return new CarrierScore(
            carrier,
            met.Count,
            overdue,
            NearestRank(days, 0.50),
            NearestRank(days, 0.95),
            judged == 0 ? null : (double)met.Count(d => d.WasMetOnTime) / judged);
    }

    /// <summary>The nearest-rank percentile: a value that occurred, never an interpolation.</summary>
    internal static int? NearestRank(int[] sorted, double percentile) =>
        sorted.Length == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
}
