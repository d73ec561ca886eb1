using CallWarden.Core.Cases;
using Microsoft.Extensions.Time.Testing;
using static CallWarden.Core.Tests.Cases.SampleCases;

namespace CallWarden.Core.Tests.Cases;

public sealed class CarrierActionTests
{
    private static readonly DateTimeOffset ActedAt = Monday.AddHours(5);

    private static CaseResult<Case> Act(CarrierActionKind kind, int? days) =>
        InState(CaseState.Forwarded).RecordAction(kind, days, MobileOperator, ActedAt, "done");

    [Fact]
    public void A_restriction_ends_by_itself_when_its_days_are_over()
    {
        var action = Act(CarrierActionKind.RestrictOutbound, 7).Ok().Action!;
        var time = new FakeTimeProvider(ActedAt);

        Assert.True(action.IsInForce(time));
        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromTicks(1));
        Assert.True(action.IsInForce(time));
        time.Advance(TimeSpan.FromTicks(1));
        Assert.False(action.IsInForce(time));
        Assert.Equal(ActedAt.AddDays(7), action.EndsAt);
    }

    [Fact]
    public void A_restriction_is_not_in_force_before_it_was_taken()
    {
        var action = Act(CarrierActionKind.RestrictOutbound, 7).Ok().Action!;

        Assert.False(action.IsInForce(new FakeTimeProvider(ActedAt.AddTicks(-1))));
    }

    [Theory]
    [InlineData(CarrierActionKind.SuspendOutbound)]
    [InlineData(CarrierActionKind.ReclaimNumber)]
    public void Suspension_and_reclaim_stay_in_force_until_reversed(CarrierActionKind kind)
    {
        var action = Act(kind, null).Ok().Action!;
        var time = new FakeTimeProvider(ActedAt);
        time.Advance(TimeSpan.FromDays(3650));

        Assert.True(action.IsInForce(time));
        Assert.False((action with { LiftedAt = time.GetUtcNow() }).IsInForce(time));
    }

    [Theory]
    [InlineData(CarrierActionKind.Warning)]
    [InlineData(CarrierActionKind.NoViolationFound)]
    public void Warnings_and_clean_findings_never_stop_a_number(CarrierActionKind kind)
    {
        var c = Act(kind, null).Ok();

        Assert.False(c.Action!.Enforces);
        Assert.Null(c.ActionInForce(new FakeTimeProvider(ActedAt.AddHours(1))));
    }

    [Theory]
    [InlineData(CarrierActionKind.RestrictOutbound, null)]
    [InlineData(CarrierActionKind.RestrictOutbound, 0)]
    [InlineData(CarrierActionKind.RestrictOutbound, -3)]
    [InlineData(CarrierActionKind.Warning, 7)]
    [InlineData(CarrierActionKind.SuspendOutbound, 7)]
    public void A_restriction_needs_positive_days_and_nothing_else_takes_days(CarrierActionKind kind, int? days)
    {
        Assert.Equal(CaseErrorCode.InvalidAction, Act(kind, days).Refused().Code);
    }
}
