using CallWarden.Core.Reports;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Reports;

public sealed class ReplyLanguageDetectorTests
{
    [Theory]
    [InlineData("13912345678＊昨天下午3點", DisplayLanguage.ZhHant)]
    [InlineData("13612345678*推銷保險", DisplayLanguage.ZhHant)]
    [InlineData("查詢 R20261128-000123", DisplayLanguage.ZhHant)]
    [InlineData("騷擾", DisplayLanguage.ZhHant)]
    [InlineData("查询 R20261128-000123", DisplayLanguage.ZhHans)]
    [InlineData("13912345678*昨天下午3点", DisplayLanguage.ZhHans)]
    [InlineData("推销保险", DisplayLanguage.ZhHans)]
    [InlineData("１３９１２３４５６７８＊", DisplayLanguage.ZhHans)]
    [InlineData("「13912345678」", DisplayLanguage.ZhHans)]
    [InlineData("13912345678*yesterday 2pm", DisplayLanguage.En)]
    [InlineData("Здравствуйте", DisplayLanguage.En)]
    [InlineData("STOP", DisplayLanguage.En)]
    [InlineData("CX please", DisplayLanguage.En)]
    [InlineData("hello 你好 點", DisplayLanguage.ZhHant)]
    public void The_reply_language_follows_the_script_of_the_message(string text, DisplayLanguage expected)
    {
        Assert.Equal(expected, ReplyLanguageDetector.Detect(text, DisplayLanguage.En));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13912345678*")]
    [InlineData("😡😡")]
    [InlineData("\u200F")]
    [InlineData("CX R20261128-000123")]
    [InlineData("td")]
    [InlineData("KTLJ")]
    [InlineData("13912345678*2026/11/28 2:30pm")]
    public void A_message_without_words_gets_the_fallback_language(string text)
    {
        Assert.Equal(DisplayLanguage.ZhHans, ReplyLanguageDetector.Detect(text, DisplayLanguage.ZhHans));
        Assert.Equal(DisplayLanguage.En, ReplyLanguageDetector.Detect(text, DisplayLanguage.En));
    }
}
