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
    [InlineData("-17951 13912345678")]
    [InlineData("\u221217951 010 62345678")]
    [InlineData("-0086 755 1234 5678")]
    [InlineData("+86 010\u200B62345678")]
    [InlineData("(0755)\u200B12345678")]
    [InlineData("17951\u2060139 1234 5678")]
    [InlineData("０７５５－１２３４５６７８\u200B")]
    [InlineData("0755-1234567890123")]
    [InlineData("+86 0755 12345678901234")]
    [InlineData("17951 139123")]
    public void A_sign_or_an_invisible_character_makes_the_text_no_number(string text)
    {
        Assert.False(PhoneNumberNormalizer.Default.Normalize(text).IsValid, text);
    }

    [Theory]
    [InlineData("+86 139 1234 5678")]
    [InlineData("139-1234-5678")]
    [InlineData("(0755) 8888 9999")]
    [InlineData("０７５５－１２３４５６７８")]
    [InlineData("17951 139 1234 5678")]
    public void Plus_and_separators_still_make_a_number(string text)
    {
        Assert.True(PhoneNumberNormalizer.Default.Normalize(text).IsValid, text);
    }
}
