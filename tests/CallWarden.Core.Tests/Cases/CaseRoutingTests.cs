using CallWarden.Core.Cases;
using static CallWarden.Core.Tests.Cases.SampleCases;

using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Cases;

public sealed class CaseRoutingTests
{
    [Theory]
    [InlineData("harassment", false)]
    [InlineData("marketing", false)]
    [InlineData("one_ring", false)]
    [InlineData("fraud", true)]
    [InlineData("threat", true)]
    public void Threat_and_fraud_also_go_to_the_police(string category, bool police)
    {
        var forwarded = InState(CaseState.Forwarded, category: category);

        Assert.Equal(new CaseRouting(Carrier.ChinaMobile, police), forwarded.Routing);
    }

    [Fact]
    public void One_threat_among_marketing_reports_is_enough_for_the_police()
    {
        var reports = new[] { Report("R1", "marketing"), Report("R2", "threat"), Report("R3", "marketing") };

        Assert.True(CaseRouting.For(Carrier.ChinaTelecom, reports).Police);
    }

    [Fact]
    public void The_case_goes_to_the_carrier_named_by_attribution()
    {
        var verified = InState(CaseState.Verified);

        var forwarded = verified.Forward(Carrier.ChinaBroadnet, Analyst, Monday.AddDays(1), "owner is 中国广电").Ok();

        Assert.Equal(Carrier.ChinaBroadnet, forwarded.Routing!.Carrier);
    }

    [Theory]
    [InlineData(Carrier.Unknown)]
    [InlineData(Carrier.Other)]
    public void A_case_cannot_be_forwarded_while_its_carrier_is_unknown_or_foreign(Carrier carrier)
    {
        var error = InState(CaseState.Verified).Forward(carrier, Analyst, Monday.AddDays(1), "route").Refused();

        Assert.Equal(CaseErrorCode.CarrierUnknown, error.Code);
        Assert.Contains("override", error.Message, StringComparison.Ordinal);
    }
}
