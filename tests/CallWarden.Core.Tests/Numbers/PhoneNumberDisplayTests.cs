using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

public sealed class PhoneNumberDisplayTests
{
    [Theory]
    [InlineData("+86 139 1234 5678", "139 1234 5678")]
    [InlineData("010-62345678", "010 6234 5678")]
    [InlineData("(0755)88889999", "0755 8888 9999")]
    [InlineData("400-812-3123", "400 812 3123")]
    [InlineData("95588", "95588")]
    [InlineData("110", "110")]
    [InlineData("+1 202 555 0123", "+1 202-555-0123")]
    public void A_number_is_written_as_people_in_China_write_it(string input, string written)
    {
        var number = PhoneNumberNormalizer.Default.Normalize(input);

        Assert.Equal(written, PhoneNumberDisplay.Written(number));
    }

    [Fact]
    public void No_number_is_written_as_nothing()
    {
        Assert.Equal(string.Empty, PhoneNumberDisplay.Written(PhoneNumber.Invalid));
        Assert.Equal(string.Empty, PhoneNumberDisplay.Written(PhoneNumber.Anonymous));
    }
}
