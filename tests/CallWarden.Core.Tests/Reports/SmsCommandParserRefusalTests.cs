using CallWarden.Core.Reports;
using static CallWarden.Core.Tests.Reports.SmsParserFixture;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Reports;

/// <summary>Every way a message can fail, and that each reply tells the sender the format with an example.</summary>
public sealed class SmsCommandParserRefusalTests
{
    private const string Hans = "zh-Hans";
    private const string Hant = "zh-Hant";
    private const string En = "en";

    private static SmsRefusal Refusal(string service, string text, string? sender = null) =>
        Assert.IsType<SmsRefusal>(Parser().Parse(service, text, sender));

    /// <summary>The format and example a reply must show, by grammar and language.</summary>
    internal static void AssertNamesTheFormat(SmsRefusal refusal, SmsGrammar grammar)
    {
        var (format, example) = (grammar, refusal.Language) switch
        {
            (_, _) when refusal.Reason is SmsRefusalReason.MissingReference or SmsRefusalReason.InvalidReference =>
                (refusal.Language switch { DisplayLanguage.ZhHans => "CX 受理编号", DisplayLanguage.ZhHant => "CX 受理編號", _ => "CX and your reference" },
                 "CX R20261128-000123"),
            (SmsGrammar.NumberAndTime, DisplayLanguage.ZhHans) => ("“号码*时间”", "13912345678*" + ExampleTime),
            (SmsGrammar.NumberAndTime, DisplayLanguage.ZhHant) => ("「號碼*時間」", "13912345678*" + ExampleTime),
            (SmsGrammar.NumberAndTime, _) => ("number*time", "13912345678*" + ExampleTime),
            (_, DisplayLanguage.ZhHans) => ("“号码*原因或短信内容”", "13612345678*推销保险"),
            (_, DisplayLanguage.ZhHant) => ("「號碼*原因或簡訊內容」", "13612345678*推銷保險"),
            _ => ("number*reason or message text", "13612345678*insurance sales"),
        };
        Assert.Contains(format, refusal.Reply, StringComparison.Ordinal);
        Assert.EndsWith(example, refusal.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12321", "", SmsRefusalReason.Empty, Hans)]
    [InlineData("12321", "   \r\n", SmsRefusalReason.Empty, Hans)]
    [InlineData("12321", "\u200F\u202E\u200B", SmsRefusalReason.Empty, Hans)]
    [InlineData("12321", "*", SmsRefusalReason.MissingNumber, Hans)]
    [InlineData("12321", "**", SmsRefusalReason.MissingNumber, Hans)]
    [InlineData("12321", "举报", SmsRefusalReason.MissingNumber, Hans)]
    [InlineData("12321", "我要举报：", SmsRefusalReason.MissingNumber, Hans)]
    [InlineData("12321", "舉報 ", SmsRefusalReason.MissingNumber, Hant)]
    [InlineData("10086999", "report", SmsRefusalReason.MissingNumber, En)]
    [InlineData("12321", "＊昨天下午3點", SmsRefusalReason.MissingNumber, Hant)]
    [InlineData("12321", "13912345678**2026-11-28 14:30", SmsRefusalReason.DoubledSeparator, Hans)]
    [InlineData("12321", "13912345678**", SmsRefusalReason.DoubledSeparator, Hans)]
    [InlineData("12321", "13912345678*＊昨天", SmsRefusalReason.DoubledSeparator, Hans)]
    [InlineData("12321", "13912345678", SmsRefusalReason.MissingSeparator, Hans)]
    [InlineData("12321", "13912345678 昨天下午3点", SmsRefusalReason.MissingSeparator, Hans)]
    [InlineData("12321", "13912345678*", SmsRefusalReason.MissingTime, Hans)]
    [InlineData("12321", "13912345678*「」", SmsRefusalReason.MissingTime, Hans)]
    [InlineData("12321", "12*2026-11-28 14:30", SmsRefusalReason.InvalidNumber, Hans)]
    [InlineData("12321", "1391234567*2026-11-28 14:30", SmsRefusalReason.InvalidNumber, Hans)]
    [InlineData("12321", "abc*2026-11-28 14:30", SmsRefusalReason.InvalidNumber, En)]
    [InlineData("12321", "号码*昨天下午3点", SmsRefusalReason.InvalidNumber, Hans)]
    [InlineData("12321", "1З912345678*2026-11-28 14:30", SmsRefusalReason.InvalidNumber, En)]
    [InlineData("12321", "١٣٩١٢٣٤٥٦٧٨*2026-11-28 14:30", SmsRefusalReason.InvalidNumber, Hans)]
    [InlineData("12321", "13912345678😡*2026-11-28 14:30", SmsRefusalReason.InvalidNumber, Hans)]
    [InlineData("12321", "139\u200B12345678*2026-11-28 14:30", SmsRefusalReason.HiddenCharactersInNumber, Hans)]
    [InlineData("12321", "139\u202E87654321*2026-11-28 14:30", SmsRefusalReason.HiddenCharactersInNumber, Hans)]
    [InlineData("12321", "139\u200F12345678*昨天下午3點", SmsRefusalReason.HiddenCharactersInNumber, Hant)]
    [InlineData("12321", "110*2026-11-28 14:30", SmsRefusalReason.EmergencyNumber, Hans)]
    [InlineData("12321", "119*昨天下午3点", SmsRefusalReason.EmergencyNumber, Hans)]
    [InlineData("10086999", "120*救護車", SmsRefusalReason.EmergencyNumber, Hant)]
    [InlineData("12321", "13912345678*2026-11-30 14:30", SmsRefusalReason.TimeInFuture, Hans)]
    [InlineData("12321", "13912345678*今天下午3点", SmsRefusalReason.TimeInFuture, Hans)]
    [InlineData("12321", "13912345678*2026-10-01 14:30", SmsRefusalReason.TimeTooOld, Hans)]
    [InlineData("12321", "13912345678*2025-11-28 14:30", SmsRefusalReason.TimeTooOld, Hans)]
    [InlineData("12321", "13912345678*前天", SmsRefusalReason.TimeNotUnderstood, Hans)]
    [InlineData("12321", "13912345678*明天下午3點", SmsRefusalReason.TimeNotUnderstood, Hant)]
    [InlineData("12321", "13912345678*sometime last week", SmsRefusalReason.TimeNotUnderstood, En)]
    [InlineData("12321", "13912345678*25:00", SmsRefusalReason.TimeNotUnderstood, Hans)]
    [InlineData("12321", "13912345678*2026-02-30 10:00", SmsRefusalReason.TimeNotUnderstood, Hans)]
    [InlineData("12321", "13912345678*😡", SmsRefusalReason.TimeNotUnderstood, Hans)]
    [InlineData("12321", "13912345678*上午15點", SmsRefusalReason.TimeNotUnderstood, Hant)]
    [InlineData("12321", "😡😡😡", SmsRefusalReason.NotUnderstood, Hans)]
    [InlineData("12321", "hello", SmsRefusalReason.NotUnderstood, En)]
    [InlineData("12321", "你好", SmsRefusalReason.NotUnderstood, Hans)]
    [InlineData("12321", "請問怎麼舉報", SmsRefusalReason.NotUnderstood, Hant)]
    [InlineData("12321", "CX", SmsRefusalReason.MissingReference, Hans)]
    [InlineData("12321", "查询", SmsRefusalReason.MissingReference, Hans)]
    [InlineData("10086999", "查詢", SmsRefusalReason.MissingReference, Hant)]
    [InlineData("12321", "CX 12345", SmsRefusalReason.InvalidReference, Hans)]
    [InlineData("12321", "查询 R2026-1", SmsRefusalReason.InvalidReference, Hans)]
    [InlineData("10086999", "13612345678*", SmsRefusalReason.MissingReason, Hans)]
    [InlineData("10086999", "13612345678*「」", SmsRefusalReason.MissingReason, Hans)]
    [InlineData("10010999", "13612345678*😡😡", SmsRefusalReason.MissingReason, Hans)]
    [InlineData("10000999", "13612345678", SmsRefusalReason.MissingSeparator, Hans)]
    [InlineData("10000999", "13612345678 推銷保險", SmsRefusalReason.MissingSeparator, Hant)]
    [InlineData("10086999", "hello", SmsRefusalReason.NotUnderstood, En)]
    [InlineData("10086999", "abc*推销保险", SmsRefusalReason.InvalidNumber, Hans)]
    [InlineData("12321", "1391234\u00005678*2026-11-28 14:30", SmsRefusalReason.UnreadableCharacters, Hans)]
    [InlineData("12321", "\0", SmsRefusalReason.UnreadableCharacters, Hans)]
    [InlineData("12321", "13912345678*昨天\u0007下午3点", SmsRefusalReason.UnreadableCharacters, Hans)]
    public void Every_refused_message_gets_a_reply_naming_the_format_in_the_senders_language(
        string service, string text, SmsRefusalReason reason, string language)
    {
        var refusal = Refusal(service, text);

        Assert.Equal(reason, refusal.Reason);
        Assert.Equal(language, refusal.Language.Tag());
        AssertNamesTheFormat(refusal, new SmsGrammarOptions().ServiceNumbers[service]);
    }

    // Built in code: xunit turns lone surrogates in attribute data into U+FFFD before the test sees them.
    [Fact]
    public void Broken_UTF16_is_unreadable()
    {
        foreach (var text in new[] { "13912345678*" + '\uD83D', '\uDE21' + "*昨天下午3点", "13612345678*「推销" + '\uD83D' + "」" })
        {
            var refusal = Refusal("10086999", text);

            Assert.Equal(SmsRefusalReason.UnreadableCharacters, refusal.Reason);
            AssertNamesTheFormat(refusal, SmsGrammar.NumberAndReasonOrContent);
        }
    }

    [Theory]
    [InlineData("+8613912345678")]
    [InlineData("13912345678")]
    public void Nobody_can_report_their_own_number(string sender)
    {
        var refusal = Refusal("12321", "139 1234 5678*昨天下午3点", sender);

        Assert.Equal(SmsRefusalReason.OwnNumber, refusal.Reason);
        AssertNamesTheFormat(refusal, SmsGrammar.NumberAndTime);
    }

    [Fact]
    public void A_message_longer_than_the_cap_is_refused_in_its_language()
    {
        var refusal = Refusal("12321", "13912345678*" + string.Concat(Enumerable.Repeat("騷擾", 1000)));

        Assert.Equal(SmsRefusalReason.TooLong, refusal.Reason);
        Assert.Equal(DisplayLanguage.ZhHant, refusal.Language);
        AssertNamesTheFormat(refusal, SmsGrammar.NumberAndTime);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(SmsCommandParser.MaxMessageLength + 1)]
    public void Two_thousand_digits_are_too_long(int length)
    {
        var refusal = Refusal("10086999", new string('1', length));

        Assert.Equal(SmsRefusalReason.TooLong, refusal.Reason);
        AssertNamesTheFormat(refusal, SmsGrammar.NumberAndReasonOrContent);
    }

    [Fact]
    public void A_message_at_the_cap_is_still_read()
    {
        var content = new string('推', SmsCommandParser.MaxMessageLength - "13612345678*".Length);

        Assert.IsType<SmsReport>(Parser().Parse("10086999", "13612345678*" + content));
    }

    [Theory]
    [InlineData("10086", "13912345678*2026-11-28 14:30", Hans)]
    [InlineData("", "13912345678*昨天下午3点", Hans)]
    [InlineData("not a number", "13912345678*昨天下午3點", Hant)]
    [InlineData("123210", "13912345678*2026-11-28 14:30", Hans)]
    [InlineData("0086123219999999999999999999", "13912345678*2026-11-28 14:30", Hans)]
    public void A_message_to_an_unknown_service_number_is_pointed_at_12321(string service, string text, string language)
    {
        var refusal = Refusal(service, text);

        Assert.Equal(SmsRefusalReason.UnknownServiceNumber, refusal.Reason);
        Assert.Equal(service, refusal.ServiceNumber);
        Assert.Equal(language, refusal.Language.Tag());
        Assert.Contains("12321", refusal.Reply, StringComparison.Ordinal);
        AssertNamesTheFormat(refusal, SmsGrammar.NumberAndTime);
    }

    [Fact]
    public void A_null_service_number_and_text_are_a_refusal_not_an_exception()
    {
        var refusal = Assert.IsType<SmsRefusal>(Parser().Parse(null!, null!));

        Assert.Equal(SmsRefusalReason.UnknownServiceNumber, refusal.Reason);
    }

    [Fact]
    public void A_null_text_to_a_known_number_is_empty()
    {
        Assert.Equal(SmsRefusalReason.Empty, Refusal("12321", null!).Reason);
    }

    [Fact]
    public void The_too_old_reply_names_the_window()
    {
        var refusal = Refusal("12321", "13912345678*2026-10-01 14:30");

        Assert.StartsWith("只受理 30 天内的来电", refusal.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_without_words_is_answered_in_simplified_Chinese()
    {
        var refusal = Assert.IsType<SmsRefusal>(Parser(new SmsGrammarOptions()).Parse("12321", "13912345678*"));

        Assert.Equal(DisplayLanguage.ZhHans, refusal.Language);
        AssertNamesTheFormat(refusal, SmsGrammar.NumberAndTime);
    }
}
