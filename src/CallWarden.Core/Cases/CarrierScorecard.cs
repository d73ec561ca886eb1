using CallWarden.Core.Numbers;

namespace CallWarden.Core.Cases;

/// <summary>The public scorecard: per carrier, how fast and how often on time it acts on forwarded cases.</summary>
public static class CarrierScorecard
{
    public static IReadOnlyList<CarrierScore> Compute(IEnumerable<Case> cases, CaseDeadlines deadlines, DateTimeOffset now) =>
        Compute(cases.Where(c => c.Routing is not null).Select(c => (c.Routing!.Carrier, CaseTimeline.Of(c))), deadlines, now);

    /// <summary>The same from the timelines the store keeps on the cases' rows (statistics over many cases read these, not every audit trail).</summary>
    public static IReadOnlyList<CarrierScore> Compute(IEnumerable<(Carrier Carrier, CaseTimeline Timeline)> routed, CaseDeadlines deadlines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var acts = routed
            .SelectMany(r => deadlines.For(r.Timeline).Where(d => d.Kind == DeadlineKind.Act).Select(d => (r.Carrier, Deadline: d)));
        return [.. acts.GroupBy(a => a.Carrier).OrderBy(g => g.Key).Select(g => Score(g.Key, DeadlineScore.Of(g.Select(a => a.Deadline), deadlines.Calendar, now)))];
    }

    private static CarrierScore Score(Carrier carrier, DeadlineScore act) =>
        new(carrier, act.Met, act.OverdueUnmet, act.MedianWorkingDays, act.P95WorkingDays, act.ShareOnTime);
}
