using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CsCheck;

namespace CallWarden.Core.Tests.Screening;

public sealed class CallerPlacesTests
{
    private static PhoneNumber Number(string text) => PhoneNumberNormalizer.Default.Normalize(text);

    [Theory]
    [InlineData("0755 8888 9999", "CN", "CN-GD", "深圳市")]
    [InlineData("13800138000", "CN", "CN-BJ", null)]
    [InlineData("024 8888 9999", "CN", "CN-LN", "沈阳市、铁岭市、抚顺市、本溪市")]
    [InlineData("+2348031234567", "NG", null, null)]
    [InlineData("+14155550123", "US", null, null)]
    public void A_caller_is_placed_by_the_geocoder(string caller, string country, string? province, string? city)
    {
        Assert.Equal(new CallerPlace(country, province, city), new CallerPlaces(NumberAttributor.Default).Of(Number(caller)));
    }

    [Fact]
    public void Withheld_and_invalid_callers_are_nowhere()
    {
        var places = new CallerPlaces(NumberAttributor.Default);

        Assert.Same(CallerPlace.Nowhere, places.Of(PhoneNumber.Anonymous));
        Assert.Same(CallerPlace.Nowhere, places.Of(PhoneNumber.Invalid));
    }

    [Fact]
    public void Callers_of_one_block_share_one_remembered_place()
    {
        var places = new CallerPlaces(NumberAttributor.Default);

        Assert.Same(places.Of(Number("13912340000")), places.Of(Number("13912349999")));
        Assert.Same(places.Of(Number("0755 8888 9999")), places.Of(Number("0755 2000 0000")));
    }

    [Theory]
    [InlineData(8613912345678, 8613912340000, true)]
    [InlineData(8613912345678, 8613912350000, false)]
    [InlineData(8612321, 861232100, false)]
    [InlineData(14155550123, 14155559999, true)]
    [InlineData(14155550123, 14165550123, false)]
    public void Blocks_are_the_leading_digits_that_decide_the_place_and_the_length(long a, long b, bool same)
    {
        Assert.Equal(same, CallerPlaces.BlockOf(a) == CallerPlaces.BlockOf(b));
    }

    [Fact]
    public void Every_number_of_a_block_gets_the_place_the_geocoder_gives_that_number()
    {
        var places = new CallerPlaces(NumberAttributor.Default);
        var numbers = Gen.Select(Gen.OneOf("13", "15", "18", "17", "19", "010", "020", "0755", "0571", "0851"), Gen.Long[0, 99_999_999_999])
            .Select((prefix, rest) => Number(prefix + rest.ToString("D11", System.Globalization.CultureInfo.InvariantCulture)[..(prefix[0] == '0' ? 8 : 11 - prefix.Length)]))
            .Where(n => n.IsValid);
        numbers.Sample(number =>
        {
            var attribution = NumberAttributor.Default.Attribute(number, DisplayLanguage.ZhHans);

            Assert.Equal(new CallerPlace(attribution.Country, attribution.ProvinceCode, attribution.City), places.Of(number));
        }, iter: 500);
    }
}
