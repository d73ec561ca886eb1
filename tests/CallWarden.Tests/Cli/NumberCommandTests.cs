using System.Text.Json;

namespace CallWarden.Tests.Cli;

public sealed class NumberCommandTests
{
    [Fact]
    public void Json_output_has_the_documented_fields()
    {
        var run = CliRun.Of("number", "139 1234 5678", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("139 1234 5678", root.GetProperty("input").GetString());
        Assert.Equal("+8613912345678", root.GetProperty("e164").GetString());
        Assert.Equal("mobile", root.GetProperty("kind").GetString());
        Assert.Equal("中国移动", root.GetProperty("carrier").GetString());
        Assert.StartsWith("江苏省", root.GetProperty("region").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Traditional_and_English_names_follow_the_language_option()
    {
        using var hant = JsonDocument.Parse(CliRun.Of("number", "0755 8888 9999", "--lang", "zh-Hant", "--json").Output);
        Assert.Equal("廣東省 深圳市", hant.RootElement.GetProperty("region").GetString());

        using var en = JsonDocument.Parse(CliRun.Of("number", "+86 139 1234 5678", "--lang", "en", "--json").Output);
        Assert.Equal("China Mobile", en.RootElement.GetProperty("carrier").GetString());
    }

    [Fact]
    public void A_US_number_in_region_US_is_fixed_line_or_mobile()
    {
        using var json = JsonDocument.Parse(CliRun.Of("number", "(202) 555-0123", "--region", "us", "--json").Output);
        Assert.Equal("+12025550123", json.RootElement.GetProperty("e164").GetString());
        Assert.Equal("fixed_line_or_mobile", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Table_output_names_every_field()
    {
        var run = CliRun.Of("number", "95588");

        Assert.Equal(0, run.ExitCode);
        foreach (var field in new[] { "e164", "kind", "carrier", "region", "valid", "+8695588", "Service" })
        {
            Assert.Contains(field, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("12")]
    public void An_invalid_number_exits_2_with_one_line_on_stderr(string text)
    {
        var run = CliRun.Of("number", text, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a valid phone number", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        using var json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void An_unknown_region_exits_2_naming_it()
    {
        var run = CliRun.Of("number", "13912345678", "--region", "XX");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'XX'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_exits_2_with_one_line()
    {
        var run = CliRun.Of("number");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("number", "--help")]
    public void Help_is_printed_with_exit_code_0(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage", run.Output, StringComparison.Ordinal);
    }
}
