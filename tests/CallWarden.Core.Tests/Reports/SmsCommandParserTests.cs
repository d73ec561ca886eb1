using CallWarden.Core.Registry;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using static CallWarden.Core.Tests.Reports.SmsParserFixture;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Reports;

public sealed class SmsCommandParserTests
{
    private static readonly PhoneNumber Mobile = new(8613912345678, NumberKind.Mobile);

    private static SmsReport Report(string service, string text, string? sender = null) =>
        Assert.IsType<SmsReport>(Parser().Parse(service, text, sender));

    [Theory]
    [InlineData("13912345678*2026-11-28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678*2026/11/28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678*11月28日14:30", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678*11月28日下午2點30分", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678*11月28日下午2点30分", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678*09:15", 2026, 11, 29, 9, 15)]
    [InlineData("13912345678*14:30", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678*昨天 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("13912345678＊昨天下午3點", 2026, 11, 28, 15, 0)]
    [InlineData("13912345678*前天晚上8点半", 2026, 11, 27, 20, 30)]
    [InlineData("13912345678*十一月二十八日下午两点一刻", 2026, 11, 28, 14, 15)]
    [InlineData("13912345678*yesterday 2:30 pm", 2026, 11, 28, 14, 30)]
    public void A_call_report_to_12321_carries_the_number_and_the_call_time_in_China_time(
        string text, int year, int month, int day, int hour, int minute)
    {
        var report = Report("12321", text);

        Assert.Equal("12321", report.ServiceNumber);
        Assert.Equal(Mobile, report.Target);
        Assert.Equal("13912345678", report.TargetText);
        Assert.Equal(At(year, month, day, hour, minute), report.OccurredAt);
        Assert.Equal(China, report.OccurredAt!.Value.Offset);
        Assert.Equal(ReportCategory.Harassment, report.Category);
        Assert.Null(report.Reason);
        Assert.Null(report.Content);
    }

    [Theory]
    [InlineData("13912345678*2026-11-28 14:30")]
    [InlineData("13912345678＊2026-11-28 14:30")]
    [InlineData("13912345678×2026-11-28 14:30")]
    [InlineData("13912345678 * 2026-11-28 14:30")]
    [InlineData("13912345678　＊　2026-11-28 14:30")]
    [InlineData("１３９１２３４５６７８＊２０２６－１１－２８　１４：３０")]
    [InlineData("「13912345678」*「2026-11-28 14:30」")]
    [InlineData("“13912345678*2026-11-28 14:30”")]
    [InlineData("\"13912345678\"*'2026-11-28 14:30'")]
    [InlineData("139 1234 5678*2026-11-28 14:30")]
    [InlineData("+86 139-1234-5678*2026-11-28 14:30")]
    [InlineData("  13912345678*2026-11-28 14:30\r\n")]
    [InlineData("\u200F13912345678\u200B*2026-11-28 14:30\u200E")]
    public void Separators_spaces_quotes_widths_and_marks_around_the_number_are_tolerated(string text)
    {
        var report = Report("12321", text);

        Assert.Equal(Mobile, report.Target);
        Assert.Equal(At(2026, 11, 28, 14, 30), report.OccurredAt);
    }

    [Theory]
    [InlineData("010-12345678", 861012345678, NumberKind.FixedLine)]
    [InlineData("400-812-3123", 864008123123, NumberKind.SharedCost)]
    [InlineData("(0755)88889999", 8675588889999, NumberKind.FixedLine)]
    [InlineData("10690000123456", 8610690000123456, NumberKind.SmsPort)]
    [InlineData("95588", 8695588, NumberKind.Service)]
    public void Landlines_service_numbers_and_SMS_ports_can_be_reported(string number, long e164, NumberKind kind)
    {
        var report = Report("12321", number + "*2026-11-28 14:30");

        Assert.Equal(new PhoneNumber(e164, kind), report.Target);
        Assert.Equal(number, report.TargetText);
    }

    [Theory]
    [InlineData("10086999")]
    [InlineData("10010999")]
    [InlineData("10000999")]
    public void A_short_reason_to_a_carrier_number_is_a_reason_with_its_category(string service)
    {
        var report = Report(service, "13612345678*推銷保險");

        Assert.Equal(service, report.ServiceNumber);
        Assert.Equal(new PhoneNumber(8613612345678, NumberKind.Mobile), report.Target);
        Assert.Equal("推銷保險", report.Reason);
        Assert.Null(report.Content);
        Assert.Null(report.OccurredAt);
        Assert.Equal(ReportCategory.Insurance, report.Category);
        Assert.Equal(DisplayLanguage.ZhHant, report.Language);
    }

    [Fact]
    public void Quoted_text_to_a_carrier_number_is_the_spam_content_without_its_quotes()
    {
        var report = Report("10086999", "13612345678*「您已獲得貸款額度…」");

        Assert.Equal("您已獲得貸款額度…", report.Content);
        Assert.Null(report.Reason);
        Assert.Equal(ReportCategory.Finance, report.Category);
    }

    [Fact]
    public void Unquoted_text_longer_than_twenty_characters_is_content_too()
    {
        const string spam = "【某某银行】尊敬的客户您好，您的信用卡积分即将清零，请点击链接兑换礼品";

        var report = Report("10010999", "13612345678*" + spam);

        Assert.Equal(spam, report.Content);
        Assert.Null(report.Reason);
    }

    [Fact]
    public void Content_keeps_emoji_but_loses_bidi_overrides_and_zero_width_spaces()
    {
        var report = Report("10000999", "13612345678*「恭喜\u202E中奖\u200B🎁👨\u200D👩」");

        Assert.Equal("恭喜中奖🎁👨\u200D👩", report.Reason ?? report.Content);
        Assert.Equal(ReportCategory.Fraud, report.Category);
    }

    [Fact]
    public void A_reason_nobody_can_file_under_a_category_is_other()
    {
        Assert.Equal(ReportCategory.Other, Report("10086999", "13612345678*不认识的人").Category);
    }

    [Theory]
    [InlineData("12321")]
    [InlineData("+8612321")]
    [InlineData("008612321")]
    [InlineData("8612321")]
    [InlineData(" 12321 ")]
    [InlineData("１２３２１")]
    public void The_gateway_may_give_the_service_number_in_any_usual_form(string service)
    {
        Assert.Equal("12321", Report(service, "13912345678*2026-11-28 14:30").ServiceNumber);
    }

    [Fact]
    public void A_deployment_can_add_its_own_service_number_and_grammar()
    {
        var options = new SmsGrammarOptions();
        options.ServiceNumbers["12345"] = SmsGrammar.NumberAndReasonOrContent;

        var report = Assert.IsType<SmsReport>(Parser(options).Parse("12345", "13612345678*推销"));

        Assert.Equal("12345", report.ServiceNumber);
        Assert.Equal(ReportCategory.Marketing, report.Category);
    }

    [Fact]
    public void The_report_window_is_configurable()
    {
        var options = new SmsGrammarOptions { ReportWindow = TimeSpan.FromDays(2) };

        var refusal = Assert.IsType<SmsRefusal>(Parser(options).Parse("12321", "13912345678*2026-11-26 14:30"));

        Assert.Equal(SmsRefusalReason.TimeTooOld, refusal.Reason);
        Assert.Contains("2 ", refusal.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_sender_number_travels_with_the_report()
    {
        var report = Report("12321", "13912345678*14:30", "+8613812345678");

        Assert.Equal(new PhoneNumber(8613812345678, NumberKind.Mobile), report.Sender);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anonymous")]
    [InlineData("not a number")]
    public void A_missing_or_unusable_sender_number_is_no_sender(string? sender)
    {
        Assert.Null(Report("12321", "13912345678*14:30", sender).Sender);
    }

    [Theory]
    [InlineData("CX R20261128-000123", "R20261128-000123")]
    [InlineData("cx r20261128-000123", "R20261128-000123")]
    [InlineData("ＣＸ　Ｒ２０２６１１２８－０００１２３", "R20261128-000123")]
    [InlineData("CXR20261128000123", "R20261128-000123")]
    [InlineData("查詢 R20261128-000123", "R20261128-000123")]
    [InlineData("查询R20261128-000123", "R20261128-000123")]
    [InlineData("查询：R20261128-000123", "R20261128-000123")]
    public void A_status_query_carries_the_report_reference(string text, string reference)
    {
        var command = Assert.IsType<SmsCommand>(Parser().Parse("12321", text));

        Assert.Equal(SmsCommandKind.StatusQuery, command.Kind);
        Assert.Equal(reference, command.Reference);
    }

    [Theory]
    [InlineData("KTLJ", SmsCommandKind.InterceptionOn)]
    [InlineData("ktlj", SmsCommandKind.InterceptionOn)]
    [InlineData("開通攔截", SmsCommandKind.InterceptionOn)]
    [InlineData("开通拦截", SmsCommandKind.InterceptionOn)]
    [InlineData("開啟攔截", SmsCommandKind.InterceptionOn)]
    [InlineData("开启拦截", SmsCommandKind.InterceptionOn)]
    [InlineData("打开拦截", SmsCommandKind.InterceptionOn)]
    [InlineData("QXLJ", SmsCommandKind.InterceptionOff)]
    [InlineData("取消攔截", SmsCommandKind.InterceptionOff)]
    [InlineData("取消拦截", SmsCommandKind.InterceptionOff)]
    [InlineData("關閉攔截", SmsCommandKind.InterceptionOff)]
    [InlineData("关闭拦截", SmsCommandKind.InterceptionOff)]
    [InlineData("TD", SmsCommandKind.RefuseMarketing)]
    [InlineData("td", SmsCommandKind.RefuseMarketing)]
    [InlineData("ＴＤ", SmsCommandKind.RefuseMarketing)]
    [InlineData(" TD。", SmsCommandKind.RefuseMarketing)]
    [InlineData("退訂", SmsCommandKind.RefuseMarketing)]
    [InlineData("退订", SmsCommandKind.RefuseMarketing)]
    [InlineData("STOP", SmsCommandKind.RefuseMarketing)]
    [InlineData("取消退订", SmsCommandKind.WithdrawMarketingRefusal)]
    [InlineData("取消退訂。", SmsCommandKind.WithdrawMarketingRefusal)]
    [InlineData("取消TD", SmsCommandKind.WithdrawMarketingRefusal)]
    [InlineData("ＱＸＴＤ", SmsCommandKind.WithdrawMarketingRefusal)]
    [InlineData("start", SmsCommandKind.WithdrawMarketingRefusal)]
    public void Keyword_commands_are_understood_in_any_case_width_and_script(string text, SmsCommandKind kind)
    {
        var command = Assert.IsType<SmsCommand>(Parser().Parse("12321", text, "13812345678"));

        Assert.Equal(kind, command.Kind);
        Assert.Null(command.Reference);
        Assert.Equal(new PhoneNumber(8613812345678, NumberKind.Mobile), command.Sender);
    }

    [Theory]
    [InlineData("TD 贷款", MarketingCategories.Loans)]
    [InlineData("td贷款,保险", MarketingCategories.Loans | MarketingCategories.Insurance)]
    [InlineData("退訂房產、教育培訓。", MarketingCategories.RealEstate | MarketingCategories.Education)]
    [InlineData("ＴＤ：理财 其他", MarketingCategories.Finance | MarketingCategories.Other)]
    [InlineData("STOP loans", MarketingCategories.Loans)]
    [InlineData("TD 全部", MarketingCategories.All)]
    public void TD_with_category_words_refuses_those_categories(string text, MarketingCategories categories)
    {
        var command = Assert.IsType<SmsCommand>(Parser().Parse("12321", text, "13812345678"));

        Assert.Equal((SmsCommandKind.RefuseMarketing, categories), (command.Kind, command.Categories));
    }

    [Theory]
    [InlineData("取消退订 贷款", MarketingCategories.Loans)]
    [InlineData("取消退訂：保險、房產", MarketingCategories.Insurance | MarketingCategories.RealEstate)]
    [InlineData("QXTD 全部", MarketingCategories.All)]
    [InlineData("START loans", MarketingCategories.Loans)]
    public void A_withdrawal_with_category_words_withdraws_those_categories(string text, MarketingCategories categories)
    {
        var command = Assert.IsType<SmsCommand>(Parser().Parse("12321", text, "13812345678"));

        Assert.Equal((SmsCommandKind.WithdrawMarketingRefusal, categories), (command.Kind, command.Categories));
    }

    [Theory]
    [InlineData("取消退订 彩票")]
    [InlineData("starting")]
    [InlineData("取消退订取消退订")]
    public void A_withdrawal_with_a_word_that_is_no_category_is_no_command(string text) =>
        Assert.IsNotType<SmsCommand>(Parser().Parse("12321", text, "13812345678"));

    [Theory]
    [InlineData("TD lottery")]
    [InlineData("TD 贷款 彩票")]
    [InlineData("today")]
    public void TD_with_a_word_that_is_no_category_is_no_command(string text) =>
        Assert.IsNotType<SmsCommand>(Parser().Parse("12321", text, "13812345678"));

    [Theory]
    [InlineData("12321")]
    [InlineData("10086999")]
    [InlineData("10010999")]
    [InlineData("10000999")]
    public void Keyword_commands_work_on_every_configured_service_number(string service)
    {
        var command = Assert.IsType<SmsCommand>(Parser().Parse(service, "退订"));

        Assert.Equal(service, command.ServiceNumber);
        Assert.Equal(SmsCommandKind.RefuseMarketing, command.Kind);
        Assert.Equal(DisplayLanguage.ZhHans, command.Language);
    }

    [Fact]
    public void Options_changed_after_construction_do_not_change_the_parser()
    {
        var options = new SmsGrammarOptions();
        var parser = Parser(options);

        options.ReportWindow = TimeSpan.FromMinutes(1);

        Assert.IsType<SmsReport>(parser.Parse("12321", "13912345678*2026-11-20 14:30"));
    }

    [Fact]
    public void Unusable_options_are_refused_at_construction_naming_the_key()
    {
        var options = new SmsGrammarOptions { HomeRegion = "XX" };

        var error = Assert.Throws<ArgumentException>(() => Parser(options));

        Assert.Contains("SmsGrammar:HomeRegion", error.Message, StringComparison.Ordinal);
    }
}
