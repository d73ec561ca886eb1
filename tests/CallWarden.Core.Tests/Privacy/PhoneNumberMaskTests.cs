using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CsCheck;

namespace CallWarden.Core.Tests.Privacy;

public sealed class PhoneNumberMaskTests
{
    [Theory]
    [InlineData(8613912345678, NumberKind.Mobile, "139****5678")]
    [InlineData(8675588889999, NumberKind.FixedLine, "+86*******9999")]
    [InlineData(12025550123, NumberKind.FixedLineOrMobile, "+1******0123")]
    [InlineData(8612321, NumberKind.Service, "+86***21")]
    public void Numbers_are_masked_the_way_carriers_print_them(long e164, NumberKind kind, string masked)
    {
        Assert.Equal(masked, PhoneNumberMask.Mask(new PhoneNumber(e164, kind)));
    }

    [Fact]
    public void No_number_masks_to_stars()
    {
        Assert.Equal("****", PhoneNumberMask.Mask(PhoneNumber.Invalid));
        Assert.Equal("****", PhoneNumberMask.Mask(PhoneNumber.Anonymous));
    }

    [Fact]
    public void A_mask_never_shows_more_than_seven_digits_of_a_mobile_or_four_of_the_subscriber_part()
    {
        Gen.Long[13_000_000_000, 19_999_999_999].Sample(national =>
        {
            var masked = PhoneNumberMask.Mask(new PhoneNumber(8_600_000_000_000 + national, NumberKind.Mobile));
            Assert.Equal(7, masked.Count(char.IsAsciiDigit));
            Assert.Contains("****", masked, StringComparison.Ordinal);
        });
    }
}
