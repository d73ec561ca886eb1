using CallWarden.Core.Numbers;
using CsCheck;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Numbers;

public sealed class NumberAttributorTests
{
    private static readonly NumberAttributor Attributor = NumberAttributor.Default;

    [Theory]
    [InlineData(8613912345678, DisplayLanguage.ZhHans, Carrier.ChinaMobile, "中国移动", "江苏省", "常州市")]
    [InlineData(8613912345678, DisplayLanguage.ZhHant, Carrier.ChinaMobile, "中國移動", "江蘇省", "常州市")]
    [InlineData(8613912345678, DisplayLanguage.En, Carrier.ChinaMobile, "China Mobile", "Jiangsu", "Changzhou")]
    [InlineData(8618612345678, DisplayLanguage.ZhHans, Carrier.ChinaUnicom, "中国联通", "北京市", null)]
    [InlineData(8618612345678, DisplayLanguage.ZhHant, Carrier.ChinaUnicom, "中國聯通", "北京市", null)]
    [InlineData(8618612345678, DisplayLanguage.En, Carrier.ChinaUnicom, "China Unicom", "Beijing", null)]
    [InlineData(8618912345678, DisplayLanguage.ZhHans, Carrier.ChinaTelecom, "中国电信", "江苏省", "常州市")]
    [InlineData(8618912345678, DisplayLanguage.ZhHant, Carrier.ChinaTelecom, "中國電信", "江蘇省", "常州市")]
    [InlineData(8618912345678, DisplayLanguage.En, Carrier.ChinaTelecom, "China Telecom", "Jiangsu", "Changzhou")]
    [InlineData(8619212345678, DisplayLanguage.ZhHans, Carrier.ChinaBroadnet, "中国广电", null, null)]
    [InlineData(8619212345678, DisplayLanguage.ZhHant, Carrier.ChinaBroadnet, "中國廣電", null, null)]
    [InlineData(8619212345678, DisplayLanguage.En, Carrier.ChinaBroadnet, "China Broadnet", null, null)]
    public void Mobiles_of_the_four_carriers_are_attributed_in_each_language(
        long e164, DisplayLanguage language, Carrier carrier, string carrierName, string? province, string? city)
    {
        var attribution = Attributor.Attribute(new PhoneNumber(e164, NumberKind.Mobile), language);

        Assert.Equal(carrier, attribution.Carrier);
        Assert.Equal(carrierName, attribution.CarrierName);
        Assert.Equal(CarrierSource.LibPhoneNumber, attribution.CarrierSource);
        Assert.Equal(carrier.DisplayName(DisplayLanguage.En), attribution.RawCarrierName);
        Assert.Equal(province, attribution.Province);
        Assert.Equal(city, attribution.City);
        Assert.Equal("CN", attribution.Country);
    }

    [Fact]
    public void A_mobile_block_libphonenumber_names_no_carrier_for_has_an_unknown_carrier_but_a_place()
    {
        // 1349 is the satellite-phone block: a valid mobile number, absent from the carrier data.
        var attribution = Attributor.Attribute(new PhoneNumber(8613490097865, NumberKind.Mobile), DisplayLanguage.ZhHans);

        Assert.Equal((Carrier.Unknown, (string?)null, CarrierSource.None), (attribution.Carrier, attribution.CarrierName, attribution.CarrierSource));
        Assert.Equal("北京市", attribution.Province);
    }

    [Theory]
    [InlineData("0755 88889999", DisplayLanguage.ZhHans, "广东省", "深圳市")]
    [InlineData("(0755)88889999", DisplayLanguage.ZhHant, "廣東省", "深圳市")]
    [InlineData("0755-88889999", DisplayLanguage.En, "Guangdong", "Shenzhen")]
    [InlineData("0451 88889999", DisplayLanguage.ZhHant, "黑龍江省", "哈爾濱市")]
    [InlineData("0991 8888999", DisplayLanguage.ZhHant, "新疆", "烏魯木齊市")]
    [InlineData("024 88889999", DisplayLanguage.ZhHant, "遼寧省", "瀋陽市、鐵嶺市、撫順市、本溪市")]
    [InlineData("010-12345678", DisplayLanguage.ZhHans, "北京市", null)]
    [InlineData("023 88889999", DisplayLanguage.En, "Chongqing", null)]
    public void Landlines_get_their_area_codes_place_and_no_carrier(string dialled, DisplayLanguage language, string province, string? city)
    {
        var number = PhoneNumberNormalizer.Default.Normalize(dialled);
        Assert.Equal(NumberKind.FixedLine, number.Kind);

        var attribution = Attributor.Attribute(number, language);

        Assert.Equal(province, attribution.Province);
        Assert.Equal(city, attribution.City);
        Assert.Equal(Carrier.Unknown, attribution.Carrier);
        Assert.Null(attribution.CarrierName);
        Assert.Equal(CarrierSource.None, attribution.CarrierSource);
    }

    [Fact]
    public void The_province_code_is_the_same_in_every_language()
    {
        var number = PhoneNumberNormalizer.Default.Normalize("0755 88889999");

        Assert.All(Enum.GetValues<DisplayLanguage>(), language => Assert.Equal("CN-GD", Attributor.Attribute(number, language).ProvinceCode));
    }

    [Fact]
    public void An_override_wins_over_libphonenumber_and_keeps_its_original_name()
    {
        var attributor = new NumberAttributor(CarrierOverrides.Parse("8613912345678,china_unicom"));

        var ported = attributor.Attribute(new PhoneNumber(8613912345678, NumberKind.Mobile), DisplayLanguage.ZhHant);
        var neighbour = attributor.Attribute(new PhoneNumber(8613912345679, NumberKind.Mobile), DisplayLanguage.ZhHant);

        Assert.Equal(Carrier.ChinaUnicom, ported.Carrier);
        Assert.Equal("中國聯通", ported.CarrierName);
        Assert.Equal(CarrierSource.Override, ported.CarrierSource);
        Assert.Equal("China Mobile", ported.RawCarrierName);
        Assert.Equal("江蘇省", ported.Province);
        Assert.Equal(Carrier.ChinaMobile, neighbour.Carrier);
        Assert.Equal(CarrierSource.LibPhoneNumber, neighbour.CarrierSource);
    }

    [Fact]
    public void An_override_can_name_the_carrier_of_a_service_number()
    {
        var attributor = new NumberAttributor(CarrierOverrides.Parse("8610086,china_mobile"));

        var attribution = attributor.Attribute(PhoneNumberNormalizer.Default.Normalize("10086"), DisplayLanguage.En);

        Assert.Equal(Carrier.ChinaMobile, attribution.Carrier);
        Assert.Equal(CarrierSource.Override, attribution.CarrierSource);
        Assert.Null(attribution.RawCarrierName);
        Assert.Null(attribution.Province);
    }

    [Fact]
    public void A_number_of_another_country_gets_its_country_and_no_province()
    {
        var attribution = Attributor.Attribute(PhoneNumberNormalizer.Default.Normalize("+1 202-555-0123"), DisplayLanguage.ZhHans);

        Assert.Equal(new NumberAttribution(Carrier.Unknown, null, null, CarrierSource.None, null, null, null, "US"), attribution);
    }

    [Fact]
    public void A_foreign_carrier_libphonenumber_knows_is_other_with_its_name()
    {
        var attribution = Attributor.Attribute(new PhoneNumber(85291234567, NumberKind.International), DisplayLanguage.En);

        Assert.Equal(Carrier.Other, attribution.Carrier);
        Assert.Equal(CarrierSource.LibPhoneNumber, attribution.CarrierSource);
        Assert.Equal(attribution.RawCarrierName, attribution.CarrierName);
        Assert.False(string.IsNullOrEmpty(attribution.RawCarrierName));
        Assert.Equal("HK", attribution.Country);
        Assert.Null(attribution.ProvinceCode);
        Assert.Null(attribution.City);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("anonymous")]
    [InlineData("sip:anonymous@anonymous.invalid")]
    public void Invalid_and_withheld_callers_get_no_attribution(string dialled)
    {
        Assert.Equal(NumberAttribution.None, Attributor.Attribute(PhoneNumberNormalizer.Default.Normalize(dialled)));
    }

    [Theory]
    [InlineData("12321")]
    [InlineData("95588")]
    [InlineData("110")]
    [InlineData("400-812-3123")]
    public void Service_and_shared_cost_numbers_are_Chinese_with_no_carrier_or_place(string dialled)
    {
        var attribution = Attributor.Attribute(PhoneNumberNormalizer.Default.Normalize(dialled), DisplayLanguage.ZhHans);

        Assert.Equal(new NumberAttribution(Carrier.Unknown, null, null, CarrierSource.None, null, null, null, "CN"), attribution);
    }

    [Fact]
    public void Digits_of_no_country_get_nothing_but_never_throw()
    {
        var attribution = Attributor.Attribute(new PhoneNumber(999123, NumberKind.Mobile));

        Assert.Equal(new NumberAttribution(Carrier.Unknown, null, null, CarrierSource.None, null, null, null, null), attribution);
    }

    [Fact]
    public void The_languages_agree_on_carrier_and_division_for_any_mobile()
    {
        // 1349 (satellite) is a valid mobile block that libphonenumber names no carrier for: Unknown, never Other.
        var mobiles = Gen.Select(Gen.Long[130, 199], Gen.Long[0, 99_999_999], (block, rest) => PhoneNumberNormalizer.Default.Normalize("+86" + ((block * 100_000_000) + rest)))
            .Where(number => number.Kind == NumberKind.Mobile);
        mobiles.Sample(number =>
        {
            var attributions = Enum.GetValues<DisplayLanguage>().Select(language => Attributor.Attribute(number, language)).ToList();
            return attributions.Select(a => (a.Carrier, a.CarrierSource, a.ProvinceCode, a.City is null)).Distinct().Count() == 1
                && attributions[0].Carrier is not Carrier.Other;
        }, iter: 2_000);
    }
}
