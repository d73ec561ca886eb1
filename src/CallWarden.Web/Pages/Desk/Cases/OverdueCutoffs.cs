using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// The queue's "overdue only" filter in SQL. A deadline depends only on the China date its step
/// started (<see cref="WorkingDayCalendar.DeadlineAfter"/>) and grows with it, so for each step there
/// is one instant before which every start is overdue now: found on the working-day calendar here,
/// compared with a column in the query. The flags of the rows shown are computed by
/// <see cref="CaseDeadlines"/> itself (<see cref="QueueRow"/>), from the same calendar.
/// </summary>
internal sealed record OverdueCutoffs(DateTimeOffset Forward, DateTimeOffset Act, DateTimeOffset Tell)
{
    /// <summary>No deadline is longer than a year of working days (<see cref="DeadlinePolicy.Validate"/>).</summary>
    private const int MaxDaysBack = 800;

    public static OverdueCutoffs At(CaseDeadlines deadlines, DateTimeOffset now) => new(
        Cutoff(deadlines.Calendar, deadlines.Policy.ForwardWithin, now),
        Cutoff(deadlines.Calendar, deadlines.Policy.ActWithin, now),
        Cutoff(deadlines.Calendar, deadlines.Policy.TellWithin, now));

    /// <summary>The start of the day after the latest China date whose deadline has passed at <paramref name="now"/>.</summary>
    private static DateTimeOffset Cutoff(WorkingDayCalendar calendar, int workingDays, DateTimeOffset now)
    {
        var day = ChinaTime.DateOf(now);
        for (var back = 0; back < MaxDaysBack; back++, day = day.AddDays(-1))
        {
            if (calendar.DeadlineAfter(ChinaTime.StartOf(day), workingDays) <= now)
            {
                return ChinaTime.StartOf(day.AddDays(1));
            }
        }

        return ChinaTime.StartOf(day);
    }
}
