using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using CallWarden.Web.Tests.Stats;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>The monthly report on <c>/desk/monthly</c>, over the statistics world (reports in November 2026, January 2026 and December 2025; the clock on 22 December 2026).</summary>
public sealed class MonthlyReportPageTests(StatisticsWorld world) : IClassFixture<StatisticsWorld>, IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private readonly string _analyst = "ana-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _operator = "mo-" + Guid.NewGuid().ToString("N")[..8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var accounts = world.Api.Get<AccessAccounts>();
        await accounts.CreateUserAsync(_analyst, Password, AccessRole.Analyst);
        await accounts.CreateUserAsync(_operator, Password, AccessRole.CarrierOperator, Carrier.ChinaMobile);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2026-12", "2026-12-01", "2026-12-22")]
    [InlineData("2026-01", "2026-01-01", "2026-01-31")]
    public async Task The_month_s_totals_in_the_zip_equal_the_stats_summary_of_the_same_days(string month, string from, string to)
    {
        using var client = await world.Api.SignInAsync(_analyst, Password);
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/summary?from={from}&to={to}", Ct);

        var files = await ZipAsync(client, month, "en");

        var totals = Csv(files["totals.csv"]);
        Assert.Equal(summary.GetProperty("reports").GetInt64(), long.Parse(totals[1][1], CultureInfo.InvariantCulture));
        Assert.Equal(Object(summary, "byChannel"), Column(files["channels.csv"]).Where(c => c.Value > 0).ToDictionary());
        Assert.Equal(Object(summary, "byCategory"), Column(files["categories.csv"]).Where(c => c.Value > 0).ToDictionary());
        Assert.Equal(Object(summary, "byCarrier"), Column(files["carriers.csv"]).Where(c => c.Value > 0).ToDictionary());
        Assert.Equal(Object(summary, "byProvince"), Column(files["provinces.csv"]).Where(c => c.Value > 0 && c.Key != "unknown").ToDictionary());
        Assert.Equal(Object(summary, "casesByState"), Column(files["states.csv"]).Where(c => c.Value > 0).ToDictionary());
        Assert.True(summary.GetProperty("reports").GetInt64() > 0);
    }

    [Fact]
    public async Task The_page_shows_the_same_total_and_compares_with_the_month_before_and_the_year_before()
    {
        using var visitor = await SignedInAsync("en-GB");

        var answer = await visitor.GetAsync("/desk/monthly?month=2026-11");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("<h1>Monthly report for November 2026</h1>", visitor.Text, StringComparison.Ordinal);
        Assert.Contains("<caption>Reports in November 2026, against the month before and the same month last year</caption>", visitor.Text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">October 2026</th>", visitor.Text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">November 2025</th>", visitor.Text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Reports</th><td class=\"num\" data-value=\"9\">9</td>", Squeeze(visitor.Html), StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", visitor.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_numbers_count_only_verified_cases()
    {
        using var client = await world.Api.SignInAsync(_analyst, Password);

        var november = Csv((await ZipAsync(client, "2026-11", "en"))["top-numbers.csv"]);
        var december = Csv((await ZipAsync(client, "2026-12", "en"))["top-numbers.csv"]);

        Assert.Equal(StatisticsWorld.Mobile.Length + StatisticsWorld.Unicom.Length, november.Count - 1);
        Assert.Contains(november.Skip(1), r => r[1] == "139 1234 5671" && r[2] == "1");
        Assert.Single(december); // the one report of December is not verified yet: the header alone
    }

    [Fact]
    public async Task A_verified_case_of_a_withheld_caller_is_no_top_number()
    {
        var received = new DateTimeOffset(2026, 9, 15, 2, 0, 0, TimeSpan.Zero);
        var filed = await world.Api.Get<CallWarden.Data.Intake.ReportIntake>().SubmitAsync(
            new CallWarden.Data.Intake.ReportSubmission(
                CallWarden.Data.Intake.IntakeChannel.Web, "{}", received, "13800138099", null, "monthly-withheld", "未显示号码", "harassment",
                received.AddHours(-1), CalledText: "13900009999"),
            Ct);
        var verified = await world.Api.Get<CallWarden.Data.Workflow.CaseWorkflow>().VerifyAsync(
            filed.Receipt!.CaseId, new CallWarden.Core.Cases.Actor("ana", CallWarden.Core.Cases.ActorRole.Analyst), "silent calls to the reporter's line", Ct);
        Assert.True(verified?.Succeeded == true || filed.Receipt.CaseState != CallWarden.Core.Cases.CaseState.Received);
        using var client = await world.Api.SignInAsync(_analyst, Password);

        var september = Csv((await ZipAsync(client, "2026-09", "en"))["top-numbers.csv"]);

        Assert.Single(september); // the header alone: a withheld caller is no number
    }

    [Fact]
    public async Task The_zip_holds_the_page_and_one_csv_per_table_each_utf8_with_a_byte_order_mark()
    {
        using var client = await world.Api.SignInAsync(_analyst, Password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await client.GetAsync("/desk/monthly?handler=Zip&month=2026-11", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("callwarden-monthly-2026-11.zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(
            ["monthly-2026-11.html", "totals.csv", "states.csv", "channels.csv", "categories.csv", "carriers.csv", "provinces.csv", "top-numbers.csv", "scorecard.csv", "overdue.csv", "police.csv"],
            zip.Entries.Select(e => e.FullName));
        var files = Read(zip);
        Assert.All(files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)), f => Assert.Equal([0xEF, 0xBB, 0xBF], f.Value[..3]));
        var html = Encoding.UTF8.GetString(files["monthly-2026-11.html"]);
        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>2026年11月月报</h1>", html, StringComparison.Ordinal);
        Assert.Equal(["代码", "渠道", "2026年11月", "2026年10月", "环比（%）", "2025年11月", "同比（%）"], Csv(files["channels.csv"])[0]);
    }

    [Fact]
    public async Task One_table_downloads_as_csv_and_an_unknown_table_is_not_found()
    {
        using var client = await world.Api.SignInAsync(_analyst, Password);

        using var scorecard = await client.GetAsync("/desk/monthly?handler=Csv&month=2026-11&table=scorecard", Ct);
        using var unknown = await client.GetAsync("/desk/monthly?handler=Csv&month=2026-11&table=..%2Fsecrets", Ct);

        Assert.Equal("text/csv", scorecard.Content.Headers.ContentType?.MediaType);
        var rows = Csv(await scorecard.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["china_mobile", "china_unicom"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("en-GB", "2026-13", "Enter the month as year-month, for example 2026-11")]
    [InlineData("en-GB", "", "Enter the month to show, for example 2026-11")]
    [InlineData("en-GB", "2027-01", "January 2027 has not begun: enter this month or an earlier one")]
    [InlineData("en-GB", "2025-11", "The figures begin in December 2025: enter December 2025 or a later month")]
    [InlineData("en-GB", "<script>alert(1)</script>", "Enter the month as year-month, for example 2026-11")]
    [InlineData("en-GB", "2026-11' OR '1'='1", "Enter the month as year-month, for example 2026-11")]
    [InlineData("en-GB", "\u202E11-6202", "Enter the month as year-month, for example 2026-11")]
    [InlineData("zh-CN", "2027-01", "2027年1月尚未开始，请输入本月或更早的月份")]
    [InlineData("zh-TW", "abc", "請依「年-月」格式輸入月份，例如 2026-11")]
    public async Task A_month_that_cannot_have_a_report_is_refused_beside_the_field(string language, string month, string message)
    {
        using var visitor = await SignedInAsync(language);

        var answer = await visitor.GetAsync("/desk/monthly?month=" + Uri.EscapeDataString(month));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, visitor.ErrorBeside("month"));
        Assert.Equal([message], visitor.ErrorSummary());
        Assert.DoesNotContain("<script>alert", visitor.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("table class=\"data\"", visitor.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_month_is_refused_and_a_zip_of_a_bad_month_is_the_page_with_the_error()
    {
        using var visitor = await SignedInAsync("en-GB");

        await visitor.GetAsync("/desk/monthly?month=" + new string('9', 5000));
        Assert.Equal("Enter the month as year-month, for example 2026-11", visitor.ErrorBeside("month"));

        var zip = await visitor.GetAsync("/desk/monthly?handler=Zip&month=2099-01");
        Assert.Equal(HttpStatusCode.OK, zip.Status);
        Assert.Equal("January 2099 has not begun: enter this month or an earlier one", visitor.ErrorBeside("month"));
    }

    [Fact]
    public async Task Full_width_digits_typed_with_a_chinese_input_method_are_a_month()
    {
        using var visitor = await SignedInAsync("zh-CN");

        await visitor.GetAsync("/desk/monthly?month=" + Uri.EscapeDataString(" ２０２６－１１ "));

        Assert.Null(visitor.ErrorBeside("month"));
        Assert.Contains("<h1>2026年11月月报</h1>", visitor.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-11\"", visitor.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carrier_operator_may_not_read_the_monthly_report()
    {
        using var visitor = new PageVisitor(world.Api, "en-GB");
        await visitor.GetAsync("/desk/sign-in");
        await visitor.PostAsync("/desk/sign-in", ("Login", _operator), ("Password", Password));

        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync("/desk/monthly?month=2026-11")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync("/desk/monthly?handler=Zip&month=2026-11")).Status);
    }

    private async Task<PageVisitor> SignedInAsync(string language)
    {
        var visitor = new PageVisitor(world.Api, language);
        await visitor.GetAsync("/desk/sign-in");
        await visitor.PostAsync("/desk/sign-in", ("Login", _analyst), ("Password", Password));
        return visitor;
    }

    private static async Task<Dictionary<string, byte[]>> ZipAsync(HttpClient client, string month, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/desk/monthly?handler=Zip&month={month}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        return Read(zip);
    }

    private static Dictionary<string, byte[]> Read(ZipArchive zip) => zip.Entries.ToDictionary(e => e.FullName, e =>
    {
        using var stream = e.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The code (first column) and this month's count (third column) of each row of a volumes or states file.</summary>
    private static Dictionary<string, long> Column(byte[] file) =>
        Csv(file).Skip(1).ToDictionary(r => r[0], r => long.Parse(r[2], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static Dictionary<string, long> Object(JsonElement summary, string name) =>
        summary.GetProperty(name).EnumerateObject().Where(p => p.Value.GetInt64() > 0).ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);

    private static List<string[]> Csv(byte[] file) => OpenDataCsvFile.Rows(new UTF8Encoding(false).GetString(file).TrimStart('\uFEFF'));

    private static string Squeeze(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");
}
