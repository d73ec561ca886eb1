using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using static CallWarden.Core.Tests.Cases.SampleCases;

using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Cases;

public sealed class CaseDeadlinesTests
{
    private static readonly CaseDeadlines Deadlines = new(WorkingDayCalendar.China, new DeadlinePolicy());

    private static DateTimeOffset China(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, ChinaTime.Offset);

    private static Case ForwardedAt(DateTimeOffset received, DateTimeOffset forwarded) =>
        Opened(at: received).Verify(Analyst, received, "credible").Ok().Forward(Carrier.ChinaMobile, Analyst, forwarded, "route").Ok();

    [Fact]
    public void A_received_case_must_be_forwarded_within_three_working_days()
    {
        var c = Opened(at: China(3, 9));

        var forward = Assert.Single(Deadlines.For(c));

        Assert.Equal((DeadlineKind.Forward, ChinaTime.StartOf(new DateOnly(2026, 3, 13))), (forward.Kind, forward.Due));
        Assert.Empty(Deadlines.Overdue(c, forward.Due.AddTicks(-1)));
        Assert.Equal([forward], Deadlines.Overdue(c, forward.Due));
    }

    [Fact]
    public void A_case_forwarded_in_time_has_met_its_first_deadline_and_waits_for_the_carrier()
    {
        var c = ForwardedAt(China(3, 9), China(3, 11));

        var deadlines = Deadlines.For(c);

        Assert.Equal([DeadlineKind.Forward, DeadlineKind.Act], deadlines.Select(d => d.Kind));
        Assert.True(deadlines[0].WasMetOnTime);
        Assert.Equal(China(3, 11), deadlines[1].Start);
    }

    [Fact]
    public void The_carriers_fifteen_working_days_skip_the_qingming_holiday()
    {
        // Forwarded Monday 30 March; 4–6 April are off, so the 15th working day is Tuesday 21 April.
        var c = ForwardedAt(China(3, 30, 9), China(3, 30));

        var act = Deadlines.For(c).Single(d => d.Kind == DeadlineKind.Act);

        Assert.Equal(ChinaTime.StartOf(new DateOnly(2026, 4, 22)), act.Due);
        Assert.Empty(Deadlines.Overdue(c, China(4, 21, 23)));
        Assert.Equal(DeadlineKind.Act, Assert.Single(Deadlines.Overdue(c, China(4, 22, 0))).Kind);
    }

    [Fact]
    public void Reporters_not_told_within_three_working_days_of_the_action_is_overdue_and_later_counts_as_late()
    {
        var actioned = ForwardedAt(China(3, 9), China(3, 10))
            .RecordAction(CarrierActionKind.Warning, null, MobileOperator, China(3, 12), "warned").Ok();

        Assert.Equal(DeadlineKind.TellReporters, Assert.Single(Deadlines.Overdue(actioned, China(3, 18))).Kind);

        var closedLate = actioned.Close(Actor.System, China(3, 18), "told").Ok();
        var tell = Deadlines.For(closedLate).Single(d => d.Kind == DeadlineKind.TellReporters);
        Assert.False(tell.WasMetOnTime);
        Assert.Empty(Deadlines.Overdue(closedLate, China(12, 1)));
    }

    [Theory]
    [InlineData(CaseState.Rejected)]
    [InlineData(CaseState.Merged)]
    [InlineData(CaseState.Disputed)]
    [InlineData(CaseState.Closed)]
    public void Rejected_merged_disputed_and_closed_cases_have_nothing_overdue(CaseState state)
    {
        Assert.Empty(Deadlines.Overdue(InState(state), China(12, 31)));
    }

    [Fact]
    public void A_configured_policy_moves_the_deadline()
    {
        var strict = new CaseDeadlines(WorkingDayCalendar.China, new DeadlinePolicy { ForwardWithin = 1 });

        Assert.Equal(ChinaTime.StartOf(new DateOnly(2026, 3, 11)), strict.For(Opened(at: China(3, 9))).Single().Due);
    }
}
