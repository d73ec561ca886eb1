using System.Text.Json;

namespace CallWarden.Tests.Cli;

public sealed class ParseSmsCommandTests
{
    [Fact]
    public void A_12321_report_prints_the_documented_json()
    {
        var run = CliRun.Of("parse-sms", "--to", "12321", "--from", "13800138000", "--json", "13912345678*2026-11-28 14:30");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("report", root.GetProperty("kind").GetString());
        Assert.Equal("12321", root.GetProperty("service").GetString());
        Assert.Equal("+8613912345678", root.GetProperty("target").GetString());
        Assert.Equal("2026-11-28T14:30:00+08:00", root.GetProperty("occurredAt").GetString());
    }

    [Fact]
    public void A_carrier_report_carries_the_reason_and_category()
    {
        var run = CliRun.Of("parse-sms", "--to", "10086999", "--json", "13612345678＊推銷保險");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("推銷保險", json.RootElement.GetProperty("reason").GetString());
        Assert.Equal("insurance", json.RootElement.GetProperty("category").GetString());
        Assert.Equal("zh-Hant", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void A_status_query_is_a_command()
    {
        var run = CliRun.Of("parse-sms", "--to", "12321", "--json", "CX R20261128-000123");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("command", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("status_query", json.RootElement.GetProperty("command").GetString());
        Assert.Equal("R20261128-000123", json.RootElement.GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("*")]
    [InlineData("13912345678")]
    public void A_refusal_exits_2_and_the_reply_names_the_format(string text)
    {
        var run = CliRun.Of("parse-sms", "--to", "12321", "--json", text);

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("refusal", json.RootElement.GetProperty("kind").GetString());
        Assert.Contains("13912345678*", json.RootElement.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Now_option_moves_the_clock_so_an_old_message_is_accepted()
    {
        var refused = CliRun.Of("parse-sms", "--to", "12321", "--json", "13912345678*2026-01-10 09:00");
        var accepted = CliRun.Of("parse-sms", "--to", "12321", "--now", "2026-01-11T10:00:00+08:00", "--json", "13912345678*2026-01-10 09:00");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(0, accepted.ExitCode);
    }

    [Fact]
    public void A_bad_now_exits_2_naming_the_expected_format()
    {
        var run = CliRun.Of("parse-sms", "--to", "12321", "--now", "yesterday", "13912345678*14:30");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ISO 8601", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_service_number_exits_2()
    {
        var run = CliRun.Of("parse-sms", "13912345678*14:30");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to", run.Error, StringComparison.Ordinal);
    }
}
