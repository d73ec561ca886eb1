using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class ReplyLanguageDetectorTests
{
    [Theory]
    [InlineData("13912345678＊昨天下午3點", ReplyLanguage.ZhHant)]
    [InlineData("13612345678*推銷保險", ReplyLanguage.ZhHant)]
    [InlineData("查詢 R20261128-000123", ReplyLanguage.ZhHant)]
    [InlineData("騷擾", ReplyLanguage.ZhHant)]
    [InlineData("查询 R20261128-000123", ReplyLanguage.ZhHans)]
    [InlineData("13912345678*昨天下午3点", ReplyLanguage.ZhHans)]
    [InlineData("推销保险", ReplyLanguage.ZhHans)]
    [InlineData("１３９１２３４５６７８＊", ReplyLanguage.ZhHans)]
    [InlineData("「13912345678」", ReplyLanguage.ZhHans)]
    [InlineData("13912345678*yesterday 2pm", ReplyLanguage.En)]
    [InlineData("Здравствуйте", ReplyLanguage.En)]
    [InlineData("hello 你好 點", ReplyLanguage.ZhHant)]
    public void The_reply_language_follows_the_script_of_the_message(string text, ReplyLanguage expected)
    {
        Assert.Equal(expected, ReplyLanguageDetector.Detect(text, ReplyLanguage.En));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13912345678*")]
    [InlineData("😡😡")]
    [InlineData("\u200F")]
    public void A_message_without_letters_gets_the_fallback_language(string text)
    {
        Assert.Equal(ReplyLanguage.ZhHans, ReplyLanguageDetector.Detect(text, ReplyLanguage.ZhHans));
        Assert.Equal(ReplyLanguage.En, ReplyLanguageDetector.Detect(text, ReplyLanguage.En));
    }
}
