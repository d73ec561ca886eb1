using CallWarden.Core.Reports;
using static CallWarden.Core.Tests.Reports.SmsParserFixture;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Reports;

public sealed class SmsRepliesTests
{
    private static string Reply(SmsRefusalReason reason, SmsGrammar grammar, DisplayLanguage language) =>
        SmsReplies.Refusal(reason, grammar, language, Now, 30, "12321");

    [Fact]
    public void Every_reason_has_its_own_text_in_every_language()
    {
        foreach (var language in Enum.GetValues<DisplayLanguage>())
        {
            var texts = Enum.GetValues<SmsRefusalReason>().Select(r => Reply(r, SmsGrammar.NumberAndTime, language)).ToList();

            Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_reply_fits_in_one_SMS_and_names_the_format_with_an_example()
    {
        foreach (var reason in Enum.GetValues<SmsRefusalReason>())
        {
            foreach (var grammar in Enum.GetValues<SmsGrammar>())
            {
                foreach (var language in Enum.GetValues<DisplayLanguage>())
                {
                    var reply = Reply(reason, grammar, language);

                    // One UCS-2 segment holds 70 characters; one GSM 7-bit segment 160.
                    Assert.True(reply.Length <= (language == DisplayLanguage.En ? 160 : 70), $"{reply.Length}: {reply}");
                    SmsCommandParserRefusalTests.AssertNamesTheFormat(new SmsRefusal("12321", reason, reply, language), grammar);
                }
            }
        }
    }

    [Fact]
    public void The_example_is_yesterday_so_a_copied_example_is_always_accepted()
    {
        var reply = Reply(SmsRefusalReason.NotUnderstood, SmsGrammar.NumberAndTime, DisplayLanguage.ZhHans);
        var example = reply[reply.IndexOf("13912345678*", StringComparison.Ordinal)..];

        Assert.Equal("抱歉，未能识别这条短信。请按“号码*时间”发送，例如 13912345678*2026-11-28 14:30", reply);
        Assert.IsType<SmsReport>(Parser().Parse("12321", example));
    }

    [Fact]
    public void English_sentences_are_separated_by_a_space_and_Chinese_ones_are_not()
    {
        Assert.Equal(
            "The call time is missing. Please send number*time, for example 13912345678*2026-11-28 14:30",
            Reply(SmsRefusalReason.MissingTime, SmsGrammar.NumberAndTime, DisplayLanguage.En));
        Assert.Equal(
            "未找到來電時間。請按「號碼*時間」發送，例如 13912345678*2026-11-28 14:30",
            Reply(SmsRefusalReason.MissingTime, SmsGrammar.NumberAndTime, DisplayLanguage.ZhHant));
    }
}
