using CallWarden.Core.Cases;

namespace CallWarden.Core.Tests.Cases;

public sealed class DeadlinePolicyTests
{
    [Fact]
    public void The_defaults_are_the_designs_three_fifteen_three()
    {
        var policy = new DeadlinePolicy();

        Assert.Equal((3, 15, 3), (policy.ForwardWithin, policy.ActWithin, policy.TellWithin));
        Assert.Empty(policy.Validate());
    }

    [Fact]
    public void A_bad_setting_is_reported_by_its_key()
    {
        var problems = new DeadlinePolicy { ActWithin = -1, TellWithin = 400 }.Validate();

        Assert.Equal(2, problems.Count);
        Assert.Contains("Deadlines:ActWithin", problems[0], StringComparison.Ordinal);
        Assert.Contains("Deadlines:TellWithin", problems[1], StringComparison.Ordinal);
    }
}
