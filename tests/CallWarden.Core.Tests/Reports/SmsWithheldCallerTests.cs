using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Core.Tests.Reports;

/// <summary>A call whose number was not shown is reported by the line it rang: the sender's own (issue #14 item 8).</summary>
public sealed class SmsWithheldCallerTests
{
    private const string Sender = "13700001111";
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-29T10:00:00+08:00", CultureInfo.InvariantCulture);
    private readonly SmsCommandParser _parser = new(new FakeTimeProvider(Now), new SmsGrammarOptions());

    [Theory]
    [InlineData("12321", "未显示号码*昨天下午3点", "2026-11-28T15:00:00+08:00", "zh-Hans")]
    [InlineData("12321", "举报 未显示号码*11月28日晚8点 一直不说话", "2026-11-28T20:00:00+08:00", "zh-Hans")]
    [InlineData("12321", "匿名*2026-11-28 14:30", "2026-11-28T14:30:00+08:00", "zh-Hans")]
    [InlineData("12321", "未顯示號碼*昨天下午3點", "2026-11-28T15:00:00+08:00", "zh-Hant")]
    [InlineData("12321", "anonymous*2026-11-28 14:30", "2026-11-28T14:30:00+08:00", "en")]
    [InlineData("12321", "No caller ID*2026-11-28 15:00", "2026-11-28T15:00:00+08:00", "en")]
    [InlineData("10086999", "隐藏号码*昨天下午3点", "2026-11-28T15:00:00+08:00", "zh-Hans")]
    public void A_withheld_caller_is_read_with_its_time_on_either_grammar(string service, string text, string time, string language)
    {
        var parsed = _parser.Parse(service, text, Sender);

        var report = Assert.IsType<SmsReport>(parsed);
        Assert.True(report.CallerWithheld);
        Assert.Equal(NumberKind.Anonymous, report.Target.Kind);
        Assert.Equal(time, report.OccurredAt?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        Assert.Equal(language, report.Language.Tag());
    }

    [Theory]
    [InlineData("未显示号码*", SmsRefusalReason.MissingTime)]
    [InlineData("10086999", SmsRefusalReason.MissingSeparator)]
    [InlineData("未显示号码*下个月", null)]
    public void A_withheld_caller_without_a_time_is_refused_and_told_the_format(string text, SmsRefusalReason? reason)
    {
        var parsed = _parser.Parse("12321", text, Sender);

        var refusal = Assert.IsType<SmsRefusal>(parsed);
        if (reason is { } expected)
        {
            Assert.Equal(expected, refusal.Reason);
        }

        Assert.Contains("*", refusal.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sender_there_is_no_line_to_trace_and_the_report_is_refused()
    {
        Assert.IsType<SmsRefusal>(_parser.Parse("12321", "未显示号码*昨天下午3点"));
    }
}
