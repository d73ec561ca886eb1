using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

public sealed class PhoneNumberNormalizerTests
{
    private static readonly PhoneNumberNormalizer Normalizer = PhoneNumberNormalizer.Default;

    [Theory]
    [InlineData("13912345678")]
    [InlineData("139 1234 5678")]
    [InlineData("139-1234-5678")]
    [InlineData("+86 139 1234 5678")]
    [InlineData("0086 13912345678")]
    [InlineData("8613912345678")]
    [InlineData("１３９１２３４５６７８")]
    [InlineData("17951 13912345678")]
    public void Every_written_form_of_a_CN_mobile_is_the_same_number(string input)
    {
        Assert.Equal(new PhoneNumber(8613912345678, NumberKind.Mobile), Normalizer.Normalize(input, "CN"));
    }

    [Theory]
    [InlineData("010-12345678", 861012345678, NumberKind.FixedLine)]
    [InlineData("(0755)88889999", 8675588889999, NumberKind.FixedLine)]
    [InlineData("0755 8888 9999", 8675588889999, NumberKind.FixedLine)]
    [InlineData("400-812-3123", 864008123123, NumberKind.SharedCost)]
    [InlineData("95588", 8695588, NumberKind.Service)]
    [InlineData("12321", 8612321, NumberKind.Service)]
    [InlineData("10086999", 8610086999, NumberKind.Service)]
    [InlineData("10690000123456", 8610690000123456, NumberKind.SmsPort)]
    [InlineData("110", 86110, NumberKind.Emergency)]
    [InlineData("120", 86120, NumberKind.Emergency)]
    [InlineData("122", 86122, NumberKind.Emergency)]
    [InlineData("119", 86119, NumberKind.Emergency)]
    [InlineData("+1 202-555-0123", 12025550123, NumberKind.International)]
    public void CN_forms_get_their_kind(string input, long e164, NumberKind kind)
    {
        Assert.Equal(new PhoneNumber(e164, kind), Normalizer.Normalize(input, "CN"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12")]
    [InlineData("hello")]
    [InlineData("1391234567812345678901234567890")]
    [InlineData("+999 123")]
    public void Garbage_is_invalid_not_an_exception(string input)
    {
        Assert.Equal(NumberKind.Invalid, Normalizer.Normalize(input, "CN").Kind);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("Restricted")]
    [InlineData("sip:anonymous@anonymous.invalid")]
    [InlineData("匿名")]
    public void Withheld_callers_are_anonymous(string input)
    {
        Assert.Equal(PhoneNumber.Anonymous, Normalizer.Normalize(input, "CN"));
    }

    [Fact]
    public void Unknown_region_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Normalizer.Normalize("13912345678", "XX"));
        Assert.Contains("XX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_longer_than_the_limit_is_invalid()
    {
        Assert.Equal(PhoneNumber.Invalid, Normalizer.Normalize(new string('1', 10_000), "CN"));
    }
}
