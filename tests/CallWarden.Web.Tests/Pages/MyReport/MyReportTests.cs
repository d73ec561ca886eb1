using System.Net;
using System.Text.RegularExpressions;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.MyReport;

/// <summary><c>/my-report</c>: the code comes first, nothing tells a stranger whether a reference exists, and the timeline reads plainly.</summary>
public sealed partial class MyReportTests(ReportSite site) : IClassFixture<ReportSite>
{
    private static readonly Actor Analyst = new("ana", ActorRole.Analyst);

    private static readonly Actor MobileOperator = new("mo", ActorRole.CarrierOperator, Carrier.ChinaMobile);

    [Fact]
    public async Task The_reporter_who_just_filed_sees_the_progress_without_a_second_code()
    {
        using var page = site.Browser();
        var reference = await ReportSite.FileAsync(page, "13800138401", ("Input.Target", "13912340401"));

        await page.GetAsync("/my-report?reference=" + reference);

        Assert.Equal(["我们收到了您的举报。"], Steps(page));
        Assert.Equal("已收到，等待核实", page.TextOf("state"));
        Assert.Contains("还没有结果。运营商处理后，我们会通过短信告诉您。", page.Html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">核实并转交运营商</th><td>2026年12月3日</td><td>进行中</td>", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "13800138411", "13912340411", new[]
    {
        "我们收到了您的举报。", "工作人员核实了举报。", "已转交中国移动处理。", "中国移动限制这个号码拨出电话 30 天，到 2026年12月30日 为止。", "处理结束，结果已通知举报人。",
    }, "已办结")]
    [InlineData("zh-TW", "13800138412", "13912340412", new[]
    {
        "我們收到了您的舉報。", "工作人員核實了舉報。", "已轉交中國移動處理。", "中國移動限制這個號碼撥出電話 30 天，到 2026年12月30日 為止。", "處理結束，結果已通知舉報人。",
    }, "已辦結")]
    [InlineData("en-GB", "13800138413", "13912340413", new[]
    {
        "We received your report.", "Our staff checked the reports and found them credible.", "Passed to China Mobile.",
        "China Mobile restricted the number’s outgoing calls for 30 days, until 30 December 2026.", "Closed: the reporters were told the result.",
    }, "Closed")]
    public async Task The_timeline_tells_what_the_centre_and_the_carrier_did_in_plain_words(string acceptLanguage, string reporter, string target, string[] steps, string state)
    {
        using var page = site.Browser(acceptLanguage);
        var reference = await ReportSite.FileAsync(page, reporter, ("Input.Target", target));
        var caseId = await CaseOfAsync(reference);
        var flow = site.Api.Get<CaseWorkflow>();

        Assert.True((await flow.VerifyAsync(caseId, Analyst, "credible", TestContext.Current.CancellationToken))!.Succeeded);
        await page.GetAsync("/my-report?reference=" + reference);
        Assert.Equal(steps[..2], Steps(page));

        Assert.True((await flow.ForwardAsync(caseId, Analyst, "to the carrier", cancellationToken: TestContext.Current.CancellationToken))!.Succeeded);
        await page.GetAsync("/my-report?reference=" + reference);
        Assert.Equal(steps[..3], Steps(page));

        Assert.True((await flow.RecordActionAsync(caseId, CarrierActionKind.RestrictOutbound, 30, MobileOperator, "restricted", TestContext.Current.CancellationToken))!.Succeeded);
        await page.GetAsync("/my-report?reference=" + reference);
        Assert.Equal(steps, Steps(page));
        Assert.Equal(state, page.TextOf("state"));
        Assert.Contains($"<p>{steps[3]}</p>", WebUtility.HtmlDecode(Regex.Match(page.Html, "<div id=\"result\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value), StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(Regex.Match(page.Html, "<table class=\"data\" id=\"deadlines\">.*?</table>", RegexOptions.Singleline).Value, "<tr><th scope=\"row\">"));
    }

    [Fact]
    public async Task An_ended_restriction_says_when_it_ended_to_the_reporter_who_proves_the_phone_again()
    {
        // Its own site: two days pass, which would move the other tests' dates (and ends every session).
        var evidence = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", "evidence-" + Guid.NewGuid().ToString("N"));
        await using var api = await TestApi.StartAsync(ReportSite.Settings(evidence));
        using var page = PageSession.Open(api, "en-GB");
        var reference = await ReportSite.FileAsync(page, "13800138402", ("Input.Target", "13912340402"));
        await using (var db = api.Open())
        {
            var caseId = await db.Reports.Where(r => r.Reference == reference).Select(r => r.CaseId).SingleAsync(TestContext.Current.CancellationToken);
            var flow = api.Get<CaseWorkflow>();
            await flow.VerifyAsync(caseId, Analyst, "credible", TestContext.Current.CancellationToken);
            await flow.ForwardAsync(caseId, Analyst, "to the carrier", cancellationToken: TestContext.Current.CancellationToken);
            await flow.RecordActionAsync(caseId, CarrierActionKind.RestrictOutbound, 1, MobileOperator, "restricted", TestContext.Current.CancellationToken);
        }

        api.Time.Advance(TimeSpan.FromDays(2));
        await page.GetAsync("/my-report?reference=" + reference);
        Assert.DoesNotContain("timeline", page.Html, StringComparison.Ordinal);
        await ProveAsync(page, reference, "13800138402");

        Assert.Contains("<p>China Mobile restricted the number’s outgoing calls for 1 days, until 1 December 2026.</p>", page.Html.Replace("&#x2019;", "’", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<p>The restriction ended on 1 December 2026.</p>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_shown_before_the_code()
    {
        using var reporter = site.Browser();
        var reference = await ReportSite.FileAsync(reporter, "13800138403", ("Input.Target", "13912340403"));
        using var stranger = site.Browser();

        await stranger.GetAsync("/my-report?reference=" + reference);

        Assert.Equal(HttpStatusCode.OK, stranger.Status);
        Assert.DoesNotContain("timeline", stranger.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("13912340403", stranger.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{reference}\"", stranger.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_that_does_not_exist_and_a_phone_that_does_not_match_get_the_same_answer()
    {
        using var reporter = site.Browser();
        var existing = await ReportSite.FileAsync(reporter, "13800138404", ("Input.Target", "13912340404"));
        var missing = existing[..^6] + "999999";

        var (otherPhone, afterCode, notFound) = await AskAsync(existing, "13800138405");
        var (noReport, afterCodeForNone, notFoundForNone) = await AskAsync(missing, "13800138406");

        Assert.Equal(Normalized(otherPhone, existing, "13800138405"), Normalized(noReport, missing, "13800138406"));
        Assert.Equal(Normalized(afterCode, existing, "13800138405"), Normalized(afterCodeForNone, missing, "13800138406"));
        Assert.Equal(Normalized(notFound, existing, "13800138405"), Normalized(notFoundForNone, missing, "13800138406"));
        Assert.Contains($"没有找到手机号码 138****8405 提交的举报 {existing}。", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("13912340404", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporter_proves_the_phone_with_a_code_and_then_sees_the_progress_and_their_reports()
    {
        using var reporter = site.Browser();
        var reference = await ReportSite.FileAsync(reporter, "13800138407", ("Input.Target", "13912340407"));
        using var page = site.Browser("en-GB");
        site.Api.Time.Advance(TimeSpan.FromSeconds(61)); // the form's code went to the same phone just now

        await ProveAsync(page, reference.ToLowerInvariant(), "138 0013 8407");

        Assert.Equal("/my-report?reference=" + reference, page.Path);
        Assert.Equal(["We received your report."], Steps(page));
        await page.GetAsync("/my-report");
        Assert.Contains($"<a href=\"/my-report?reference={reference}\">{reference}</a>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_reporter_opens_a_reference_without_a_code()
    {
        using var page = site.Browser("en-GB");
        var reference = await ReportSite.FileAsync(page, "13800138409", ("Input.Target", "13912340409"));
        await page.GetAsync("/my-report");
        Assert.Contains("You are signed in with this mobile number; no code is needed.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"send-code\"", page.Html, StringComparison.Ordinal);

        await page.PostAsync("/my-report", new Dictionary<string, string?>(page.HiddenFields()) { ["Input.Reference"] = reference, ["Input.Phone"] = "13800138409" });

        Assert.Equal("/my-report?reference=" + reference, page.Path);
        Assert.Equal(["We received your report."], Steps(page));
    }

    [Theory]
    [InlineData("zh-CN", "", "", "输入举报编号，例如 R20261128-000123", "输入您举报时用的手机号码，例如 13812345678")]
    [InlineData("zh-TW", "12345", "12345", "舉報編號由 R、8 位日期、短橫線和 6 位數字組成，例如 R20261128-000123", "輸入一個手機號碼，例如 13812345678")]
    [InlineData("en-GB", "R20261130-000001", "010-12345678", null, "Enter a mobile number, for example 13812345678")]
    public async Task Each_field_says_what_to_enter(string acceptLanguage, string reference, string phone, string? referenceMessage, string phoneMessage)
    {
        using var page = site.Browser(acceptLanguage);
        await page.GetAsync("/my-report");

        await page.PostAsync("/my-report?handler=SendCode", new Dictionary<string, string?> { ["Input.Reference"] = reference, ["Input.Phone"] = phone });

        Assert.Equal(referenceMessage, page.ErrorOf("Input_Reference"));
        Assert.Equal(phoneMessage, page.ErrorOf("Input_Phone"));
        Assert.Equal(referenceMessage is null ? 1 : 2, page.Summary().Count);
    }

    [Fact]
    public async Task A_wrong_code_is_named_beside_the_code_field()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/my-report");
        await page.PostAsync("/my-report?handler=SendCode", new Dictionary<string, string?> { ["Input.Reference"] = "R20261130-000001", ["Input.Phone"] = "13800138408" });
        var wrong = ReportSite.DemoCode(page) == "000000" ? "111111" : "000000";

        await page.PostAsync("/my-report", new Dictionary<string, string?>(page.HiddenFields()) { ["Input.Reference"] = "R20261130-000001", ["Input.Phone"] = "13800138408", ["Input.Code"] = wrong });

        Assert.Equal("The code is not right. Check the SMS and enter it again; you can try 4 more times", page.ErrorOf("Input_Code"));
        Assert.DoesNotContain("timeline", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Asks My report for <paramref name="reference"/>, sends the code to <paramref name="phone"/> and types it.</summary>
    private static async Task ProveAsync(PageSession page, string reference, string phone)
    {
        await page.GetAsync("/my-report");
        await page.PostAsync("/my-report?handler=SendCode", new Dictionary<string, string?> { ["Input.Reference"] = reference, ["Input.Phone"] = phone });
        var code = ReportSite.DemoCode(page);
        await page.PostAsync("/my-report", new Dictionary<string, string?>(page.HiddenFields()) { ["Input.Reference"] = reference, ["Input.Phone"] = phone, ["Input.Code"] = code });
    }

    /// <summary>A stranger asks for <paramref name="reference"/> with their own phone: the page after the code is sent, after it is typed, and the answer.</summary>
    private async Task<(string Sent, string Verified, string Answer)> AskAsync(string reference, string phone)
    {
        using var page = site.Browser();
        await page.GetAsync("/my-report?reference=" + reference);
        var sent = await page.PostAsync("/my-report?handler=SendCode", new Dictionary<string, string?> { ["Input.Reference"] = reference, ["Input.Phone"] = phone });
        var code = ReportSite.DemoCode(page);
        var answer = await page.PostAsync("/my-report", new Dictionary<string, string?>(page.HiddenFields()) { ["Input.Reference"] = reference, ["Input.Phone"] = phone, ["Input.Code"] = code });
        return (sent.Replace(code, "CODE", StringComparison.Ordinal), page.Path, answer);
    }

    private static string Normalized(string html, string reference, string phone) =>
        Token().Replace(html, "TOKEN")
            .Replace(reference, "REF", StringComparison.Ordinal)
            .Replace(phone, "PHONE", StringComparison.Ordinal)
            .Replace(phone[..3] + "****" + phone[^4..], "MASKED", StringComparison.Ordinal);

    private static List<string> Steps(PageSession page) =>
        [.. Regex.Matches(page.Html, "<li><time datetime=\"[^\"]+\">[^<]*</time>(.*?)</li>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private async Task<long> CaseOfAsync(string reference)
    {
        await using var db = site.Api.Open();
        return await db.Reports.Where(r => r.Reference == reference).Select(r => r.CaseId).SingleAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();
}
