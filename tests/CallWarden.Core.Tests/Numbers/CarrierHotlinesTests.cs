using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

public sealed class CarrierHotlinesTests
{
    [Theory]
    [InlineData("10086999", Carrier.ChinaMobile)]
    [InlineData("10086", Carrier.ChinaMobile)]
    [InlineData("10010999", Carrier.ChinaUnicom)]
    [InlineData("10000999", Carrier.ChinaTelecom)]
    [InlineData("10099", Carrier.ChinaBroadnet)]
    [InlineData("12321", Carrier.Unknown)]
    [InlineData("95588", Carrier.Unknown)]
    [InlineData("1008", Carrier.Unknown)]
    [InlineData("", Carrier.Unknown)]
    [InlineData(null, Carrier.Unknown)]
    public void The_carrier_of_a_service_number_is_the_one_whose_hotline_it_extends(string? service, Carrier expected) =>
        Assert.Equal(expected, CarrierHotlines.Of(service));
}
