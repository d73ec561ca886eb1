using CallWarden.Core.Reputation;

namespace CallWarden.Core.Tests.Reputation;

public sealed class ReputationPolicyTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(new ReputationPolicy().Validate());
    }

    [Fact]
    public void With_the_default_confidence_one_reporter_gives_at_most_20()
    {
        // 1 / (1 + 1.96²) = 0.2066.
        Assert.Equal(20, new ReputationPolicy().SingleReporterCeiling);
    }

    [Fact]
    public void A_label_threshold_one_reporter_could_reach_is_refused()
    {
        var problems = new ReputationPolicy { LabelThreshold = 20 }.Validate();

        Assert.Contains("Reputation:LabelThreshold must be above 20", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_bad_setting_is_reported_by_its_key()
    {
        var policy = new ReputationPolicy
        {
            Window = TimeSpan.Zero,
            UnprovenWeight = 1.5,
            ReporterDailyCap = 0,
            BlockThreshold = 50,
            BurstMinReporters = 1,
            LowTrustBelow = -0.1,
        };

        var keys = policy.Validate().Select(p => p.Split(' ')[0]);

        Assert.Equal(
            ["Reputation:Window", "Reputation:UnprovenWeight", "Reputation:ReporterDailyCap", "Reputation:BlockThreshold", "Reputation:BurstMinReporters", "Reputation:LowTrustBelow"],
            keys);
    }
}
