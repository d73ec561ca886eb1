using System.IO.Compression;
using System.Text;

namespace CallWarden.Tests.Cli;

/// <summary><c>callwarden report-month</c> writes the ZIP the desk page downloads; a month it cannot report on exits 2.</summary>
public sealed class ReportMonthCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-month-").FullName;

    private string Db => Path.Combine(_folder, "month.db");

    [Fact]
    public void The_month_s_zip_holds_the_page_and_a_csv_per_table_with_the_month_s_reports()
    {
        Assert.Equal(0, CliRun.Of("report", "--target", "13912345678", "--category", "fraud", "--from", "13800138000", "--db", Db).ExitCode);
        Assert.Equal(0, CliRun.Of("report", "--target", "13912345679", "--category", "fraud", "--from", "13800138001", "--db", Db).ExitCode);

        var run = CliRun.Of("report-month", "2026-11", "--out", _folder, "--db", Db);

        Assert.True(run.ExitCode == 0, run.Error);
        var zipPath = Path.Combine(_folder, "callwarden-monthly-2026-11.zip");
        Assert.Equal(zipPath, run.Output.Trim());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Contains(zip.Entries, e => e.FullName == "monthly-2026-11.html");
        Assert.Contains(zip.Entries, e => e.FullName == "channels.csv");
        using var totals = new StreamReader(zip.GetEntry("totals.csv")!.Open(), Encoding.UTF8);
        var lines = totals.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("举报,2,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Out_may_name_the_zip_file_and_language_may_be_english()
    {
        CliRun.Of("report", "--target", "13912345678", "--db", Db);
        var file = Path.Combine(_folder, "november.zip");

        var run = CliRun.Of("report-month", "2026-11", "--out", file, "--language", "en", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Error);
        using var zip = ZipFile.OpenRead(file);
        using var html = new StreamReader(zip.GetEntry("monthly-2026-11.html")!.Open());
        Assert.Contains("<h1>Monthly report for November 2026</h1>", html.ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13", "not a month")]
    [InlineData("November", "not a month")]
    [InlineData("2026-12", "has not begun")]
    [InlineData("2026-10", "begin in 2026-11")]
    public void A_month_it_cannot_report_on_exits_2_with_one_line(string month, string expected)
    {
        CliRun.Of("report", "--target", "13912345678", "--db", Db);

        var run = CliRun.Of("report-month", month, "--out", _folder, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFiles(_folder, "*.zip"));
    }

    [Fact]
    public void An_empty_store_has_no_monthly_report()
    {
        var run = CliRun.Of("report-month", "2026-11", "--out", _folder, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds no report yet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overdue_list_judges_by_the_configured_deadlines()
    {
        // Received on Sunday 29 November: forwarded within 3 working days means by Wednesday 2 December.
        CliRun.Of("report", "--target", "13912345678", "--db", Db);
        var friday = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(8));
        var byDefault = Path.Combine(_folder, "default.zip");
        var longer = Path.Combine(_folder, "longer.zip");

        var defaultRun = CliRun.At(friday, null, "report-month", "2026-11", "--out", byDefault, "--db", Db);
        var longerRun = CliRun.At(friday, new Dictionary<string, string?> { ["Deadlines:ForwardWithin"] = "10" }, "report-month", "2026-11", "--out", longer, "--db", Db);

        Assert.True(defaultRun.ExitCode == 0, defaultRun.Error);
        Assert.True(longerRun.ExitCode == 0, longerRun.Error);
        Assert.Equal(1, OverdueRows(byDefault));
        Assert.Equal(0, OverdueRows(longer));
    }

    [Theory]
    [InlineData("Deadlines:ActWithin", "400")]
    [InlineData("Deadlines:ForwardWithin", "-1")]
    public void A_bad_deadline_setting_exits_2_naming_its_key(string key, string value)
    {
        CliRun.Of("report", "--target", "13912345678", "--db", Db);

        var run = CliRun.With(new Dictionary<string, string?> { [key] = value }, "report-month", "2026-11", "--out", _folder, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(key, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFiles(_folder, "*.zip"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The overdue cases the report's overdue.csv lists (its lines below the header).</summary>
    private static int OverdueRows(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var csv = new StreamReader(zip.GetEntry("overdue.csv")!.Open(), Encoding.UTF8);
        return csv.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
    }
}
