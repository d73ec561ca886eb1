using System.Text.Json;

namespace CallWarden.Tests.Cli;

public sealed class ReportAndCasesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-cases-").FullName;

    private string Db => Path.Combine(_folder, "cases.db");

    [Fact]
    public void Two_reports_against_one_number_share_a_case_that_cases_list_and_show_display()
    {
        var first = CliRun.Of("report", "--target", "139 1234 5678", "--category", "fraud", "--from", "13800138000", "--text", "冒充客服", "--db", Db, "--json");
        var second = CliRun.Of("report", "--target", "+8613912345678", "--from", "13700137000", "--db", Db, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        using var a = JsonDocument.Parse(first.Output);
        using var b = JsonDocument.Parse(second.Output);
        Assert.Matches(@"^R\d{8}-\d{6}$", a.RootElement.GetProperty("reference").GetString());
        var caseId = a.RootElement.GetProperty("caseId").GetInt64();
        Assert.Equal(caseId, b.RootElement.GetProperty("caseId").GetInt64());

        var list = CliRun.Of("cases", "list", "--db", Db, "--json");
        using var row = JsonDocument.Parse(list.Output.Trim());
        Assert.Equal("+8613912345678", row.RootElement.GetProperty("number").GetString());
        Assert.Equal(2, row.RootElement.GetProperty("reports").GetInt32());

        var show = CliRun.Of("cases", "show", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("138****8000", show.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", show.Output, StringComparison.Ordinal);
        Assert.Contains("冒充客服", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_filter_takes_snake_case_and_refuses_unknown_states()
    {
        CliRun.Of("report", "--target", "13912345678", "--db", Db);

        Assert.Single(CliRun.Of("cases", "list", "--state", "received", "--db", Db, "--json").Output.Trim().Split('\n'));
        Assert.Equal(string.Empty, CliRun.Of("cases", "list", "--state", "closed", "--db", Db, "--json").Output.Trim());
        var bad = CliRun.Of("cases", "list", "--state", "lost", "--db", Db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("received", bad.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target", "110", "emergency")]
    [InlineData("--target", "hello", "not a phone number")]
    [InlineData("--category", "spam", "category")]
    [InlineData("--time", "yesterday", "ISO 8601")]
    public void Bad_reports_exit_2_with_one_line_naming_the_problem(string option, string value, string expected)
    {
        string[] args = option == "--target" ? ["report", option, value, "--db", Db] : ["report", "--target", "13912345678", option, value, "--db", Db];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Showing_a_missing_case_exits_2()
    {
        var run = CliRun.Of("cases", "show", "999", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no case 999", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
