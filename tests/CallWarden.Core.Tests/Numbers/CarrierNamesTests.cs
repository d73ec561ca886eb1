using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Numbers;

public sealed class CarrierNamesTests
{
    public static TheoryData<string> ShippedCarrierNames() =>
    [
        .. new[] { "carrier.zh.86", "carrier.zh_Hant.86", "carrier.en.86" }
            .SelectMany(file => PrefixData.Shipped(file).Values)
            .Distinct(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData(Carrier.ChinaMobile, "china_mobile", "中国移动", "中國移動", "China Mobile")]
    [InlineData(Carrier.ChinaUnicom, "china_unicom", "中国联通", "中國聯通", "China Unicom")]
    [InlineData(Carrier.ChinaTelecom, "china_telecom", "中国电信", "中國電信", "China Telecom")]
    [InlineData(Carrier.ChinaBroadnet, "china_broadnet", "中国广电", "中國廣電", "China Broadnet")]
    public void The_four_carriers_have_a_code_and_a_name_in_each_language(Carrier carrier, string code, string hans, string hant, string en)
    {
        Assert.Equal(code, carrier.Code());
        Assert.Equal(hans, carrier.DisplayName(DisplayLanguage.ZhHans));
        Assert.Equal(hant, carrier.DisplayName(DisplayLanguage.ZhHant));
        Assert.Equal(en, carrier.DisplayName(DisplayLanguage.En));
    }

    [Fact]
    public void Every_code_reads_back_as_its_carrier()
    {
        Assert.All(Enum.GetValues<Carrier>(), carrier =>
        {
            Assert.True(CarrierNames.TryParseCode(carrier.Code(), out var read));
            Assert.Equal(carrier, read);
        });
        Assert.Equal(Enum.GetValues<Carrier>().Length, Enum.GetValues<Carrier>().Select(c => c.Code()).Distinct().Count());
    }

    [Theory]
    [InlineData("China_Mobile")]
    [InlineData("china mobile")]
    [InlineData("")]
    [InlineData(null)]
    public void Codes_are_read_exactly(string? code)
    {
        Assert.False(CarrierNames.TryParseCode(code, out _));
    }

    [Fact]
    public void Unknown_has_no_name()
    {
        Assert.All(Enum.GetValues<DisplayLanguage>(), language => Assert.Null(Carrier.Unknown.DisplayName(language)));
    }

    [Theory]
    [MemberData(nameof(ShippedCarrierNames))]
    public void Every_name_in_libphonenumbers_86_carrier_data_is_one_of_the_four(string name)
    {
        Assert.Contains(CarrierNames.FromLibPhoneNumberName(name), new[] { Carrier.ChinaMobile, Carrier.ChinaUnicom, Carrier.ChinaTelecom, Carrier.ChinaBroadnet });
    }

    [Theory]
    [InlineData("中国移动", Carrier.ChinaMobile)]
    [InlineData("中國聯通", Carrier.ChinaUnicom)]
    [InlineData(" China Telecom ", Carrier.ChinaTelecom)]
    [InlineData("china broadnet", Carrier.ChinaBroadnet)]
    [InlineData("SmarTone", Carrier.Other)]
    [InlineData("3", Carrier.Other)]
    [InlineData("", Carrier.Unknown)]
    [InlineData("  ", Carrier.Unknown)]
    [InlineData(null, Carrier.Unknown)]
    public void Carrier_names_map_to_a_carrier(string? name, Carrier carrier)
    {
        Assert.Equal(carrier, CarrierNames.FromLibPhoneNumberName(name));
    }
}
