using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Data.Cases;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>Where a case stands against the deadline it waits on: overdue, due today, or due by a working day.</summary>
internal sealed record DeadlineFlag(DeadlineKind Kind, DateOnly DueBy, bool Overdue, bool DueToday)
{
    /// <summary>The flag of the step <paramref name="c"/> waits on, or null when no deadline runs (rejected, merged, disputed, closed).</summary>
    public static DeadlineFlag? Of(CaseRecord c, CaseDeadlines deadlines, DateTimeOffset now)
    {
        var running = deadlines.For(new CaseTimeline(c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt)).FirstOrDefault(d => d.MetAt is null);
        if (running is null)
        {
            return null;
        }

        var dueBy = deadlines.Calendar.LastWorkingDayBefore(running.Due);
        var overdue = running.IsOverdueAt(now);
        return new DeadlineFlag(running.Kind, dueBy, overdue, !overdue && dueBy == ChinaTime.DateOf(now));
    }
}
