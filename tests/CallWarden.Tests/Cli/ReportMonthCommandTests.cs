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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
