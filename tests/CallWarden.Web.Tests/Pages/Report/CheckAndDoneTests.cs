using System.Net;
using System.Text.Json;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Report;

/// <summary>The check page, the final submit through intake, and the confirmation.</summary>
public sealed class CheckAndDoneTests(ReportSite site) : IClassFixture<ReportSite>
{
    private static readonly string[] Fields =
    [
        "Input_Target", "Input_Medium", "Input_OccurredAt", "Input_Duration", "Input_Category", "Input_Content", "Input_Upload",
        "Input_ReporterPhone", "Input_Name", "Input_Email", "Input_Consent",
    ];

    [Fact]
    public async Task Every_answer_is_listed_with_a_change_link_back_to_its_field()
    {
        using var page = site.Browser("en-GB");
        await ReportSite.ContinueToCheckAsync(page, "13800138301");

        foreach (var (question, answer) in new[]
        {
            ("Number reported", "13912345678"), ("Call or text", "A call"), ("When", "29 November 2026, 14:30"), ("Length of call", "3 minutes"),
            ("Kind", "Harassment"), ("What was said or written", "推销贷款，每天打三次"), ("Evidence", "Not given"),
            ("Your mobile number", "13800138301"), ("Name", "王小明"), ("Email address", "wang@example.cn"), ("Privacy notice", "Agreed (privacy-2026-12)"),
        })
        {
            Assert.Contains($"<th scope=\"row\">{question}</th>\n                    <td class=\"answer\">{answer}</td>", page.Html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        var form = await FormAsync(page);
        foreach (var field in Fields)
        {
            Assert.Contains($"<a href=\"/report#{field}\">Change<span class=\"visually-hidden\">", page.Html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{field}\"", form, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_change_link_opens_the_form_with_every_answer_and_the_changed_answer_comes_back_to_the_check()
    {
        using var page = site.Browser("en-GB");
        await ReportSite.ContinueToCheckAsync(page, "13800138302");

        await page.GetAsync("/report#Input_Category");
        Assert.Contains("value=\"harassment\" checked=\"checked\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"13912345678\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("This mobile number is confirmed; no code is needed.", page.Html, StringComparison.Ordinal);

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138302", ("Input.Category", "fraud")));
        Assert.Equal("/report/check", page.Path);
        Assert.Contains("<td class=\"answer\">Fraud</td>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_files_the_report_with_the_consent_version_the_proved_phone_and_the_web_channel()
    {
        using var page = site.Browser("zh-TW");
        var reference = await ReportSite.FileAsync(page, "13800138303");

        await using var db = site.Api.Open();
        var report = await db.Reports.Include(r => r.Reporter).SingleAsync(r => r.Reference == reference, TestContext.Current.CancellationToken);
        Assert.Equal("privacy-2026-12", report.ConsentNotice);
        Assert.Equal(IntakeChannel.Web, report.Channel);
        Assert.Equal(8613800138303, report.Reporter!.Phone);
        Assert.Equal("harassment", report.CategoryCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 14, 30, 0, TimeSpan.FromHours(8)), report.OccurredAt);
        using var raw = JsonDocument.Parse(report.RawPayload);
        Assert.Equal(3, raw.RootElement.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("王小明", raw.RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain("code", report.RawPayload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_longest_text_travels_through_every_step()
    {
        using var page = site.Browser();
        var text = string.Concat(Enumerable.Repeat("您已获得贷款额度，", 250))[..SubmissionLimits.Content];

        var reference = await ReportSite.FileAsync(page, "13800138308", ("Input.Content", text), ("Input.Medium", "sms"));

        await using var db = site.Api.Open();
        Assert.Equal(text, await db.Reports.Where(r => r.Reference == reference).Select(r => r.Content).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_double_submit_files_once_and_both_clicks_land_on_the_same_reference()
    {
        using var page = site.Browser();
        await ReportSite.ContinueToCheckAsync(page, "13800138304");
        using var second = page.Fork();

        // Two clicks at once: both requests carry the same form.
        var first = page.PostAsync("/report/check", []);
        var again = second.PostAsync("/report/check", []);
        await Task.WhenAll(first, again);

        var reference = page.TextOf("reference");
        Assert.StartsWith("/report/done/", page.Path, StringComparison.Ordinal);
        Assert.Equal(reference, second.TextOf("reference"));

        // Back to the check page afterwards: the form is filed, the page says where.
        await page.GetAsync("/report/check");
        Assert.Equal("/report/done/" + reference, page.Path);
        await using var db = site.Api.Open();
        Assert.Equal(1, await db.Reports.CountAsync(r => r.Reporter!.Phone == 8613800138304, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("zh-CN", "13800138311", "我们在 3 个工作日内核实举报，并转交给号码所属的运营商（2026年12月3日前）。", "发送短信“CX {0}”到 12321。")]
    [InlineData("zh-TW", "13800138312", "我們在 3 個工作日內核實舉報，並轉交給號碼所屬的運營商（2026年12月3日前）。", "發送短信「CX {0}」到 12321。")]
    [InlineData("en-GB", "13800138313", "We check your report and pass it to the carrier that owns the number within 3 working days (by 3 December 2026).", "Text ‘CX {0}’ to 12321.")]
    public async Task The_confirmation_shows_the_reference_the_deadlines_and_how_to_follow_it(string acceptLanguage, string reporter, string forward, string follow)
    {
        using var page = site.Browser(acceptLanguage);
        var reference = await ReportSite.FileAsync(page, reporter);

        Assert.Matches("^R20261130-[0-9]{6}$", reference);
        Assert.Contains("<p class=\"reference\" id=\"reference\">", page.Html, StringComparison.Ordinal);
        Assert.Contains(forward, page.Html, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, follow, reference), WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/my-report?reference={reference}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("emergency-advice", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threat", "13800138321")]
    [InlineData("fraud", "13800138322")]
    public async Task A_threat_or_fraud_confirmation_advises_calling_the_police(string category, string reporter)
    {
        using var page = site.Browser("en-GB");
        await ReportSite.FileAsync(page, reporter, ("Input.Category", category));

        Assert.Contains("call the police on 110 now (the anti-fraud line is 96110)", page.TextOf("emergency-advice"), StringComparison.Ordinal);
        Assert.Contains("Reports of threats and fraud also go to the police.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_is_only_for_the_reporter_others_are_sent_to_My_report()
    {
        using var page = site.Browser();
        var reference = await ReportSite.FileAsync(page, "13800138305");
        using var stranger = site.Browser();

        await stranger.GetAsync("/report/done/" + reference);

        Assert.Equal("/my-report?reference=" + reference, stranger.Path);
        Assert.DoesNotContain("13912345678", stranger.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_page_without_a_form_goes_back_to_the_form()
    {
        using var page = site.Browser();

        await page.GetAsync("/report/check");

        Assert.Equal("/report", page.Path);
    }

    [Fact]
    public async Task A_signed_in_reporter_files_the_next_report_without_a_code()
    {
        using var page = site.Browser("en-GB");
        await ReportSite.FileAsync(page, "13800138306");

        await page.GetAsync("/report");
        Assert.Contains("id=\"Input_ReporterPhone\" name=\"Input.ReporterPhone\" type=\"tel\" autocomplete=\"tel-national\" maxlength=\"64\" value=\"13800138306\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("This mobile number is confirmed; no code is needed.", page.Html, StringComparison.Ordinal);
        await page.PostAsync("/report", ReportSite.Answers(page, "13800138306", ("Input.Target", "13612345678")));

        Assert.Equal("/report/check", page.Path);
        await page.PostAsync("/report/check", []);
        Assert.StartsWith("/report/done/", page.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_plagued_by_withheld_calls_reports_its_landline_and_the_case_goes_to_no_carrier_until_an_analyst_names_it()
    {
        using var page = site.Browser("zh-CN");
        await ReportSite.FileAsync(page, "13800138318");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138318", ("Input.Target", "未显示号码"), ("Input.CalledNumber", "010-6234 5678")));
        Assert.Equal("/report/check", page.Path);
        Assert.Contains("未显示号码", page.Html, StringComparison.Ordinal);
        Assert.Contains("接到电话的号码", page.Html, StringComparison.Ordinal);
        await page.PostAsync("/report/check", []);

        Assert.StartsWith("/report/done/", page.Path, StringComparison.Ordinal);
        await using var db = site.Api.Open();
        var reference = page.Path["/report/done/".Length..];
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Reference == reference, TestContext.Current.CancellationToken);
        Assert.Equal((0L, 861062345678L), (report.Target, report.CalledNumber));
    }

    [Fact]
    public async Task The_reporter_limit_of_the_API_holds_for_the_form()
    {
        var evidence = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", "evidence-" + Guid.NewGuid().ToString("N"));
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?>(ReportSite.Settings(evidence)) { ["ReporterLimits:ReportsPerHour"] = "1" });
        using var page = PageSession.Open(api, "en-GB");
        await ReportSite.FileAsync(page, "13800138307");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138307", ("Input.Target", "13612345678")));
        await page.PostAsync("/report/check", []);

        Assert.Equal("/report/check", page.Path);
        Assert.Equal("You have sent many reports in the last hour. Try again in 60 minutes", page.ErrorOf("Submit"));
        Assert.Equal([("Submit", "You have sent many reports in the last hour. Try again in 60 minutes")], page.Summary());
    }

    private async Task<string> FormAsync(PageSession page)
    {
        using var again = page.Fork();
        return await again.GetAsync("/report");
    }
}
