using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

/// <summary>Issue #9 item 7: libphonenumber skips a leading sign and drops invisible characters; the normalizer does not.</summary>
public sealed class PhoneNumberNormalizerRefusalTests
{
    [Theory]
    [InlineData("-13912345678")]
    [InlineData(" -13912345678")]
    [InlineData("+-8613912345678")]
    [InlineData("\u221213912345678")]
    [InlineData("－13912345678")]
    [InlineData("-010-12345678")]
    [InlineData("-95588")]
    [InlineData("139\u200B1234 5678")]
    [InlineData("\u200B13912345678")]
    [InlineData("13912345678\u2060")]
    [InlineData("139\u00AD12345678")]
    [InlineData("\uFEFF13912345678")]
    [InlineData("139\u202E12345678")]
    [InlineData("139 1234\t5678")]
    public void A_sign_or_an_invisible_character_makes_the_text_no_number(string text)
    {
        Assert.False(PhoneNumberNormalizer.Default.Normalize(text).IsValid, text);
    }

    [Theory]
    [InlineData("+86 139 1234 5678")]
    [InlineData("139-1234-5678")]
    [InlineData("(0755) 8888 9999")]
    public void Plus_and_separators_still_make_a_number(string text)
    {
        Assert.True(PhoneNumberNormalizer.Default.Normalize(text).IsValid, text);
    }
}
