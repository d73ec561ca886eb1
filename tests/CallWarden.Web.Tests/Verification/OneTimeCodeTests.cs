using CallWarden.Web.Verification;
using CsCheck;

namespace CallWarden.Web.Tests.Verification;

public sealed class OneTimeCodeTests
{
    [Fact]
    public void A_code_is_six_ASCII_digits_and_codes_spread_over_the_whole_range()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => OneTimeCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.True(codes.Distinct(StringComparer.Ordinal).Count() > 1900, "2000 codes out of a million should hardly ever repeat");
        Assert.Contains(codes, c => c[0] == '0');
    }

    [Fact]
    public void The_code_matches_its_hash_with_spaces_around_it_but_under_another_salt_it_does_not()
    {
        var salt = OneTimeCode.NewSalt();
        var hash = OneTimeCode.Hash(salt, "042917");

        Assert.True(OneTimeCode.Matches("042917", salt, hash));
        Assert.True(OneTimeCode.Matches(" 042917\t", salt, hash));
        Assert.False(OneTimeCode.Matches("042917", OneTimeCode.NewSalt(), hash));
        Assert.NotEqual(hash, OneTimeCode.Hash(OneTimeCode.NewSalt(), "042917"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("42917")]
    [InlineData("0429170")]
    [InlineData("04 2917")]
    [InlineData("０４２９１７")]
    [InlineData("٠٤٢٩١٧")]
    [InlineData("04291７")]
    [InlineData("0429\u202E17")]
    [InlineData("042917\0")]
    [InlineData("+42917")]
    public void Anything_but_the_six_digits_does_not_match(string? presented)
    {
        var salt = OneTimeCode.NewSalt();

        Assert.False(OneTimeCode.Matches(presented, salt, OneTimeCode.Hash(salt, "042917")));
    }

    [Fact]
    public void Any_other_text_never_matches_and_never_throws()
    {
        var salt = OneTimeCode.NewSalt();
        var hash = OneTimeCode.Hash(salt, "042917");

        Gen.String.Where(s => s.Trim() != "042917").Sample(other => Assert.False(OneTimeCode.Matches(other, salt, hash)));
        Assert.False(OneTimeCode.Matches(new string('0', 1_000_000), salt, hash));
    }
}
