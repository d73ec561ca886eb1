using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class ScreeningRulesTests
{
    [Fact]
    public void Rules_are_declared_in_the_order_of_their_steps()
    {
        var steps = Enum.GetValues<ScreeningRule>().Select(r => r.Step()).ToArray();

        Assert.Equal(steps.Order(), steps);
        Assert.Equal(Enumerable.Range(1, 11), steps.Distinct());
    }

    [Fact]
    public void Every_rule_has_its_own_snake_case_id()
    {
        var ids = Enum.GetValues<ScreeningRule>().Select(r => r.ToCode()).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(_[a-z]+)*$", id));
        Assert.Equal(["emergency", "critical_service", "contact", "allowlist", "carrier_enforcement", "blocklist"], ids.Take(6));
    }
}
