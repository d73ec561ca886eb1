using CallWarden.Core.Calendar;

namespace CallWarden.Core.Cases;

/// <summary>
/// The deadlines of a case in working days. A step's deadline applies once the step before it
/// happened, and stays pending only while the case waits for that step: a rejected, merged or
/// disputed case has none pending (a dispute pauses the clock until it is decided).
/// </summary>
public sealed class CaseDeadlines(WorkingDayCalendar calendar, DeadlinePolicy policy)
{
    public WorkingDayCalendar Calendar { get; } = calendar;

    public DeadlinePolicy Policy { get; } = policy;

    public IReadOnlyList<Deadline> For(Case c) => For(CaseTimeline.Of(c));

    public IReadOnlyList<Deadline> For(CaseTimeline c)
    {
        ArgumentNullException.ThrowIfNull(c);
        List<Deadline> deadlines = [];
        Add(DeadlineKind.Forward, c.ReceivedAt, Policy.ForwardWithin, c.ForwardedAt, c.State is CaseState.Received or CaseState.Verified);
        Add(DeadlineKind.Act, c.ForwardedAt, Policy.ActWithin, c.ActionedAt, c.State == CaseState.Forwarded);
        Add(DeadlineKind.TellReporters, c.ActionedAt, Policy.TellWithin, c.ClosedAt, c.State == CaseState.Actioned);
        return deadlines;

        void Add(DeadlineKind kind, DateTimeOffset? start, int workingDays, DateTimeOffset? metAt, bool waiting)
        {
            if (start is { } from && (metAt is not null || waiting))
            {
                deadlines.Add(new Deadline(kind, from, Calendar.DeadlineAfter(from, workingDays), metAt));
            }
        }
    }

    /// <summary>The deadlines of <paramref name="c"/> that have passed without the step being done.</summary>
    public IReadOnlyList<Deadline> Overdue(Case c, DateTimeOffset now) => [.. For(c).Where(d => d.IsOverdueAt(now))];
}
