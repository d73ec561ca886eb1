using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using static CallWarden.Core.Tests.Cases.SampleCases;

namespace CallWarden.Core.Tests.Cases;

public sealed class CaseTimelineTests
{
    private static readonly CaseDeadlines Deadlines = new(WorkingDayCalendar.China, new DeadlinePolicy());

    [Theory]
    [InlineData(CaseState.Received)]
    [InlineData(CaseState.Verified)]
    [InlineData(CaseState.Forwarded)]
    [InlineData(CaseState.Actioned)]
    [InlineData(CaseState.Closed)]
    [InlineData(CaseState.Rejected)]
    [InlineData(CaseState.Merged)]
    [InlineData(CaseState.Disputed)]
    public void A_cases_timeline_has_the_same_deadlines_as_the_case(CaseState state)
    {
        var c = InState(state);

        Assert.Equal(Deadlines.For(c), Deadlines.For(CaseTimeline.Of(c)));
    }

    [Fact]
    public void The_timeline_of_a_closed_case_holds_the_moments_it_entered_each_step()
    {
        var c = InState(CaseState.Closed);

        var timeline = CaseTimeline.Of(c);

        Assert.Equal(
            new CaseTimeline(CaseState.Closed, c.ReceivedAt, c.FirstEnteredAt(CaseState.Forwarded), c.FirstEnteredAt(CaseState.Actioned), c.FirstEnteredAt(CaseState.Closed)),
            timeline);
        Assert.True(timeline.ReceivedAt < timeline.ForwardedAt && timeline.ForwardedAt < timeline.ActionedAt && timeline.ActionedAt <= timeline.ClosedAt);
    }

    [Fact]
    public void A_timeline_read_without_its_closing_moment_still_has_the_forward_and_act_deadlines()
    {
        var c = InState(CaseState.Closed);
        var stored = CaseTimeline.Of(c) with { ClosedAt = null };

        Assert.Equal(Deadlines.For(c).Where(d => d.Kind != DeadlineKind.TellReporters), Deadlines.For(stored));
    }
}
