using CallWarden.Core.Registry;
using CsCheck;

namespace CallWarden.Core.Tests.Registry;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108MA01A2B3CF")]
    public void Published_codes_pass_and_their_check_character_is_recomputed(string code)
    {
        Assert.Null(UnifiedSocialCreditCode.Check(code));
        Assert.Equal(code[^1], UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17)));
    }

    [Theory]
    [InlineData("91350100M000100Y44", LicenceProblem.WrongCheckCharacter)]
    [InlineData("91350100M000100Y4", LicenceProblem.WrongLength)]
    [InlineData("91350100M000100Y433", LicenceProblem.WrongLength)]
    [InlineData("91350100I000100Y43", LicenceProblem.BadCharacter)]
    [InlineData("", LicenceProblem.WrongLength)]
    public void Wrong_codes_say_what_is_wrong(string code, LicenceProblem problem) =>
        Assert.Equal(problem, UnifiedSocialCreditCode.Check(code));

    [Fact]
    public void Typed_codes_are_folded_from_lower_case_full_width_and_spaces()
    {
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Fold(" ９１３５0100m 000-100y43 "));
        Assert.Equal(string.Empty, UnifiedSocialCreditCode.Fold(null));
    }

    [Fact]
    public void Changing_any_one_character_of_a_valid_code_is_caught()
    {
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = Gen.Char[Alphabet].Array[17].Select(c => new string(c));
        Gen.Select(body, Gen.Int[0, 17], Gen.Char[Alphabet]).Sample((first17, at, replacement) =>
        {
            var code = (first17 + UnifiedSocialCreditCode.CheckCharacter(first17)).ToCharArray();
            Assert.Null(UnifiedSocialCreditCode.Check(new string(code)));
            if (code[at] != replacement)
            {
                code[at] = replacement;
                Assert.NotNull(UnifiedSocialCreditCode.Check(new string(code)));
            }
        });
    }
}
