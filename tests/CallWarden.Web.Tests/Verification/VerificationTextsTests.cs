using CallWarden.Core.Localization;
using CallWarden.Web.Verification;

namespace CallWarden.Web.Tests.Verification;

public sealed class VerificationTextsTests
{
    [Fact]
    public void The_code_message_exists_in_simplified_and_traditional_Chinese_and_English_each_with_the_code_and_its_lifetime()
    {
        var texts = Enum.GetValues<DisplayLanguage>().ToDictionary(l => l, l => VerificationTexts.CodeMessage("042917", 10, l));

        Assert.Equal([DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En], texts.Keys);
        Assert.Equal(3, texts.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(texts.Values, t => Assert.Contains("042917", t, StringComparison.Ordinal));
        Assert.All(texts.Values, t => Assert.Contains("10", t, StringComparison.Ordinal));
        Assert.Equal("【CallWarden】您的验证码是 042917，10 分钟内有效。请勿告诉任何人。", texts[DisplayLanguage.ZhHans]);
        Assert.Contains("驗證碼", texts[DisplayLanguage.ZhHant], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, 70)]
    [InlineData(DisplayLanguage.ZhHant, 70)]
    [InlineData(DisplayLanguage.En, 160)]
    public void The_code_message_fits_one_SMS(DisplayLanguage language, int limit) =>
        Assert.InRange(VerificationTexts.CodeMessage("999999", 60, language).Length, 1, limit);
}
