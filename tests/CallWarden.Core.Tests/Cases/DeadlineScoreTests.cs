using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;

namespace CallWarden.Core.Tests.Cases;

public sealed class DeadlineScoreTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    /// <summary>Monday 2 March 2026, 10:00 China time; the third working day after it is Thursday.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, ChinaTime.Offset);

    private static Deadline Step(int workingDaysTaken) =>
        new(DeadlineKind.Forward, Start, Calendar.DeadlineAfter(Start, 3), ChinaTime.StartOf(Calendar.AddWorkingDays(ChinaTime.DateOf(Start), workingDaysTaken)).AddHours(15));

    private static Deadline Undone() => new(DeadlineKind.Forward, Start, Calendar.DeadlineAfter(Start, 3), null);

    [Fact]
    public void Steps_done_are_measured_in_working_days_and_judged_against_their_deadline()
    {
        var score = DeadlineScore.Of([Step(0), Step(1), Step(3), Step(4), Step(9)], Calendar, Start.AddDays(60));

        Assert.Equal(new DeadlineScore(5, 3, 0, 3, 9, 0.6), score);
        Assert.Equal(5, score.Judged);
    }

    [Fact]
    public void A_step_undone_past_its_deadline_is_late_and_one_within_it_is_not_judged_yet()
    {
        var now = Calendar.DeadlineAfter(Start, 3);

        Assert.Equal(new DeadlineScore(1, 1, 1, 1, 1, 0.5), DeadlineScore.Of([Step(1), Undone()], Calendar, now));
        Assert.Equal(new DeadlineScore(1, 1, 0, 1, 1, 1.0), DeadlineScore.Of([Step(1), Undone()], Calendar, now.AddTicks(-1)));
    }

    [Fact]
    public void Nothing_to_judge_has_no_times_and_no_share()
    {
        Assert.Equal(new DeadlineScore(0, 0, 0, null, null, null), DeadlineScore.Of([Undone()], Calendar, Start));
    }
}
