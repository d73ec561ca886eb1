using CallWarden.Data.Intake;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Data.Tests.Intake;

public sealed class ReporterLimitsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_refusal_of_a_window_is_marked_to_be_explained_and_the_next_window_starts_afresh()
    {
        var limits = new ReporterLimits(Options.Create(new ReporterLimitsOptions { ReportsPerHour = 2 }), _time);

        var taken = new[] { limits.Take("13800138000", null, "sms"), limits.Take("+86 138-0013-8000", null, "sms") };
        _time.Advance(TimeSpan.FromMinutes(15));
        var first = limits.Take("008613800138000", null, "sms");
        var second = limits.Take("13800138000", null, "sms");
        _time.Advance(TimeSpan.FromMinutes(45));
        var fresh = limits.Take("13800138000", null, "sms");

        Assert.All(taken, t => Assert.True(t.Allowed));
        Assert.Equal(new ReporterVerdict(false, TimeSpan.FromMinutes(45), true), first);
        Assert.Equal(new ReporterVerdict(false, TimeSpan.FromMinutes(45), false), second);
        Assert.True(fresh.Allowed);
    }

    [Fact]
    public void Reporters_are_counted_apart_by_phone_else_by_identity()
    {
        var limits = new ReporterLimits(Options.Create(new ReporterLimitsOptions { ReportsPerHour = 1 }), _time);

        Assert.True(limits.Take(null, "A@Example.test", "mail").Allowed);
        Assert.False(limits.Take(null, "a@example.test ", "mail").Allowed);
        Assert.True(limits.Take(null, "b@example.test", "mail").Allowed);
        Assert.True(limits.Take("13800138000", "a@example.test", "web").Allowed);
        Assert.Equal(TimeSpan.FromHours(1), limits.Refusal("13800138000", null, "web"));
    }

    [Fact]
    public void A_limit_below_one_is_a_problem_naming_its_key() =>
        Assert.Equal(["ReporterLimits:ReportsPerHour must be between 1 and 1000000"], new ReporterLimitsOptions { ReportsPerHour = 0 }.Validate());
}
