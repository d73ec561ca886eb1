using System.Net;
using CallWarden.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk.Cases;

/// <summary>The case page: what it shows, the centre's actions with their required note, unmasking, evidence.</summary>
public sealed class CasePageTests(DeskCases desk) : IClassFixture<DeskCases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "来电没有显示号码。此案件转给被叫线路 139 0000 6161 的运营商")]
    [InlineData("en-GB", "The caller's number was not shown. This case goes to the carrier of the line called, 139 0000 6161")]
    public async Task A_case_of_a_withheld_caller_says_whose_carrier_traces_it_and_lists_the_line_in_the_queue(string language, string notice)
    {
        var created = await desk.Api.Get<CallWarden.Data.Intake.ReportIntake>().SubmitAsync(
            new CallWarden.Data.Intake.ReportSubmission(
                CallWarden.Data.Intake.IntakeChannel.Web, "{}", desk.Api.Time.GetUtcNow(), "13800138061", null, "withheld-" + language, "未显示号码", "harassment",
                desk.Api.Time.GetUtcNow().AddHours(-1), CalledText: "13900006161"),
            TestContext.Current.CancellationToken);
        using var analyst = await desk.SignInAsync("ana", language);

        await analyst.GetAsync($"/desk/cases/{created.Receipt!.CaseId}");
        Assert.Contains(notice, analyst.Text, StringComparison.Ordinal);
        await analyst.GetAsync("/desk/cases?q=13900006161");
        Assert.Contains($"/desk/cases/{created.Receipt.CaseId}\"", analyst.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_shows_reports_with_masked_reporters_evidence_with_hashes_and_the_audit()
    {
        var (reference, id) = await desk.ReportAsync("13912345610", content: "<b>贷款</b> 低息");
        await desk.ReportAsync("13912345610", reporter: DeskCases.ReporterPhones[1]);
        var audio = await desk.AttachAsync(reference, "call.wav", "audio/wav", [.. "RIFF"u8, 1, 2, 3, 4, .. "WAVE"u8]);
        var image = await desk.AttachAsync(reference, "screen.png", "image/png", [0x89, .. "PNG"u8, 13, 10, 26, 10, 9]);
        var mail = await desk.AttachAsync(reference, "spam.eml", "message/rfc822", "From: a@b\r\n\r\nhi"u8.ToArray());
        using var analyst = await desk.SignInAsync("ana");

        var answer = await analyst.GetAsync($"/desk/cases/{id}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("138****8001", analyst.Html, StringComparison.Ordinal);
        Assert.Contains("138****8002", analyst.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138001", analyst.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", analyst.Html, StringComparison.Ordinal);
        Assert.Contains($"<audio controls preload=\"none\" src=\"/desk/cases/{id}/evidence/{audio}\"", analyst.Html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/desk/cases/{id}/evidence/{image}\"", analyst.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/desk/cases/{id}/evidence/{mail}\" download=\"spam.eml\"", analyst.Html, StringComparison.Ordinal);
        foreach (var sha in new[] { audio, image, mail })
        {
            Assert.Contains($"<code>{sha}</code>", analyst.Html, StringComparison.Ordinal);
        }

        Assert.Contains("Reports (2)", analyst.Text, StringComparison.Ordinal);
        Assert.Contains("Opened", analyst.Text, StringComparison.Ordinal);
        Assert.Contains("Route the case", analyst.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "已标注（评分 87，1,234 名举报人）")]
    [InlineData("en-GB", "Labelled (score 87, 1,234 reporters)")]
    public async Task The_case_page_shows_the_number_s_reputation_and_its_label_as_screening_shows_it(string language, string reputation)
    {
        var number = language == "en-GB" ? 8613912345639 : 8613912345638;
        var (_, id) = await desk.ReportAsync("+" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), "fraud");
        await using (var db = await desk.Api.Get<IDbContextFactory<CallWarden.Data.CallWardenDbContext>>().CreateDbContextAsync(Ct))
        {
            var row = await db.Reputations.SingleAsync(r => r.Number == number, Ct);
            (row.Score, row.State, row.TopCategory, row.DistinctReporters) = (87, CallWarden.Core.Reputation.ReputationState.Labelled, "fraud", 1234);
            await db.SaveChangesAsync(Ct);
        }

        using var analyst = await desk.SignInAsync("ana", language);
        await analyst.GetAsync($"/desk/cases/{id}");

        var displayLanguage = language == "en-GB" ? CallWarden.Core.Localization.DisplayLanguage.En : CallWarden.Core.Localization.DisplayLanguage.ZhHans;
        Assert.Contains(reputation, analyst.Text, StringComparison.Ordinal);
        Assert.Contains(
            $"id=\"label\">{CallWarden.Core.Reputation.ReputationLabel.Format(CallWarden.Core.Reports.ReportCategory.Fraud, 1234, displayLanguage)}<",
            analyst.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_is_served_only_through_a_case_the_caller_may_see_and_a_mail_only_as_a_download()
    {
        var (reference, id) = await desk.ReportAsync("13012345611");
        var mail = await desk.AttachAsync(reference, "../../etc/passwd.eml", "message/rfc822", "From: a@b\r\n\r\n<script>x</script>"u8.ToArray());
        var (_, other) = await desk.ReportAsync("13012345612");
        using var analyst = await desk.SignInAsync("ana");
        using var mobile = await desk.SignInAsync("mo");
        using var client = desk.Api.Anonymous();

        var served = await analyst.GetAsync($"/desk/cases/{id}/evidence/{mail}");
        var throughOtherCase = await analyst.GetAsync($"/desk/cases/{other}/evidence/{mail}");
        var notAHash = await analyst.GetAsync($"/desk/cases/{id}/evidence/..%2F..%2Fetc%2Fpasswd");
        var outOfScope = await mobile.GetAsync($"/desk/cases/{id}/evidence/{mail}");

        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Contains("<script>x</script>", served.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, throughOtherCase.Status);
        Assert.Equal(HttpStatusCode.NotFound, notAHash.Status);
        Assert.Equal(HttpStatusCode.NotFound, outOfScope.Status);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/desk/cases/{id}/evidence/{mail}");
        var cookie = await SessionCookieAsync();
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("etcpasswd.eml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "填写备注，说明这样处理的理由")]
    [InlineData("zh-TW", "填寫備註，說明這樣處理的理由")]
    [InlineData("en-GB", "Enter a note saying why")]
    public async Task Every_action_without_a_note_is_refused_beside_its_note_in_the_reader_s_language(string language, string message)
    {
        var (_, id) = await desk.ReportAsync("13912345613");
        using var analyst = await desk.SignInAsync("ana", language);
        await analyst.GetAsync($"/desk/cases/{id}");

        foreach (var (handler, extra) in new[] { ("verify", ""), ("reject", ""), ("merge", "1") })
        {
            var answer = await analyst.PostAsync($"/desk/cases/{id}?handler={handler}", ("note", "   "), ("into", extra));

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(message, analyst.ErrorBeside(handler + "-note"));
            Assert.Contains(message, analyst.ErrorSummary());
        }

        await using var db = desk.Api.Open();
        Assert.Equal(CaseState.Received, (await db.Cases.SingleAsync(c => c.Id == id, Ct)).State);
    }

    [Fact]
    public async Task An_analyst_verifies_routes_disputes_and_resolves_a_case_each_with_a_note_in_the_audit()
    {
        var (_, id) = await desk.ReportAsync("13912345614");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{id}");

        await analyst.PostAsync($"/desk/cases/{id}?handler=Verify", ("note", "三名用户举报内容一致"));
        Assert.Contains("The case is verified.", analyst.Text, StringComparison.Ordinal);
        await analyst.PostAsync($"/desk/cases/{id}?handler=Route", ("note", "to the owner"), ("carrier", ""), ("police", "true"));
        Assert.Contains("China Mobile and the police", analyst.Text, StringComparison.Ordinal);
        await analyst.PostAsync($"/desk/cases/{id}?handler=Dispute", ("note", "holder called the centre"));
        var noChoice = await analyst.PostAsync($"/desk/cases/{id}?handler=Resolve", ("note", "decided"));
        Assert.Equal("Choose whether the appeal is upheld", analyst.ErrorBeside("resolve-upheld"));
        await analyst.PostAsync($"/desk/cases/{id}?handler=Resolve", ("note", "calls confirmed"), ("upheld", "false"));

        await using var db = desk.Api.Open();
        var record = await db.Cases.SingleAsync(c => c.Id == id, Ct);
        Assert.Equal(CaseState.Forwarded, record.State);
        Assert.Equal("china_mobile", record.CarrierCode);
        Assert.True(record.Police);
        var notes = await db.CaseAudit.Where(a => a.HolderCaseId == id && a.Actor == "user:ana").OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(Ct);
        Assert.Equal(["三名用户举报内容一致", "to the owner", "holder called the centre", "calls confirmed"], notes);
        Assert.Equal(HttpStatusCode.OK, noChoice.Status);
    }

    [Fact]
    public async Task An_analyst_rejects_a_case_with_a_reason()
    {
        var (_, id) = await desk.ReportAsync("13912345615");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{id}");

        await analyst.PostAsync($"/desk/cases/{id}?handler=Reject", ("note", "a delivery company the reporter expected"));

        Assert.Contains("The case is rejected.", analyst.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"case-state\">Rejected<", analyst.Html, StringComparison.Ordinal);
        Assert.Contains("a delivery company the reporter expected", analyst.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "案件当前状态为“已收到，待核实”，不能这样处理")]
    [InlineData("zh-TW", "案件目前狀態為「已收到，待核實」，不能這樣處理")]
    [InlineData("en-GB", "The case is \"Received, to verify\" now and cannot be changed this way")]
    public async Task A_change_the_case_s_state_does_not_allow_is_refused_in_the_reader_s_language(string language, string message)
    {
        var (_, id) = await desk.ReportAsync("13912345616");
        using var analyst = await desk.SignInAsync("ana", language);
        await analyst.GetAsync($"/desk/cases/{id}");

        var answer = await analyst.PostAsync($"/desk/cases/{id}?handler=Close", ("note", "nothing to do"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(message, analyst.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "您打开页面后，其他人已更改此案件。请查看当前状态后再操作")]
    [InlineData("zh-TW", "您開啟頁面後，其他人已更改此案件。請查看目前狀態後再操作")]
    [InlineData("en-GB", "Someone else changed this case after you opened it. Look at where it stands now, then try again")]
    public async Task A_change_made_on_a_page_older_than_the_case_is_refused_as_stale(string language, string message)
    {
        var (_, id) = await desk.ReportAsync("13912345617");
        using var analyst = await desk.SignInAsync("ana", language);
        await analyst.GetAsync($"/desk/cases/{id}");

        await analyst.PostAsync($"/desk/cases/{id}?handler=Verify", ("note", "credible"), ("version", "41"));

        Assert.Contains(message, analyst.Text, StringComparison.Ordinal);
        await using var db = desk.Api.Open();
        Assert.Equal(CaseState.Received, (await db.Cases.SingleAsync(c => c.Id == id, Ct)).State);
    }

    [Theory]
    [InlineData("", "Enter the number of the case to merge into (digits)")]
    [InlineData("<b>1</b>", "Enter the number of the case to merge into (digits)")]
    [InlineData("999999", "There is no case 999999 to merge into")]
    public async Task A_merge_names_a_case_that_exists(string into, string message)
    {
        var (_, id) = await desk.ReportAsync("13912345618");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{id}");

        await analyst.PostAsync($"/desk/cases/{id}?handler=Merge", ("note", "same caller"), ("into", into));

        Assert.Equal(message, analyst.ErrorBeside("merge-into"));
    }

    [Theory]
    [InlineData("self", "A case cannot be merged into itself")]
    [InlineData("other", "Merge only into a case about the same number")]
    public async Task A_merge_the_case_refuses_says_why(string target, string message)
    {
        var (_, id) = await desk.ReportAsync("13912345619");
        var (_, other) = await desk.ReportAsync("13912345620");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{id}");

        await analyst.PostAsync($"/desk/cases/{id}?handler=Merge", ("note", "same caller"), ("into", (target == "self" ? id : other).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains(message, analyst.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "填写查看完整号码的理由")]
    [InlineData("zh-TW", "填寫查看完整號碼的理由")]
    [InlineData("en-GB", "Enter why you need the full numbers")]
    public async Task Showing_reporters_numbers_needs_a_reason_and_is_audited_for_that_page_view_only(string language, string missing)
    {
        var (_, id) = await desk.ReportAsync("1391234562" + language switch { "zh-CN" => "1", "zh-TW" => "3", _ => "4" });
        using var analyst = await desk.SignInAsync("ana", language);
        await analyst.GetAsync($"/desk/cases/{id}");

        await analyst.PostAsync($"/desk/cases/{id}?handler=Unmask", ("reason", ""));
        var refused = analyst.ErrorBeside("unmask-reason");
        var hiddenAfterRefusal = analyst.Text.Contains("+8613800138001", StringComparison.Ordinal);
        await analyst.PostAsync($"/desk/cases/{id}?handler=Unmask", ("reason", "police asked for a statement (ref 2026-118)"));
        var shown = analyst.Text;
        await analyst.GetAsync($"/desk/cases/{id}");

        Assert.Equal(missing, refused);
        Assert.False(hiddenAfterRefusal);
        Assert.Contains("+8613800138001", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("+8613800138001", analyst.Text, StringComparison.Ordinal);
        await using var db = desk.Api.Open();
        var look = await db.CaseAudit.SingleAsync(a => a.HolderCaseId == id && a.Action == CaseAction.ReportersUnmasked, Ct);
        Assert.Equal(("user:ana", "police asked for a statement (ref 2026-118)"), (look.Actor, look.Reason));
    }

    [Fact]
    public async Task Only_analysts_unmask_and_only_the_centre_changes_cases_from_the_page()
    {
        var (_, id) = await desk.ReportAsync("13912345622");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{id}");
        await analyst.PostAsync($"/desk/cases/{id}?handler=Verify", ("note", "credible"));
        await analyst.PostAsync($"/desk/cases/{id}?handler=Route", ("note", "route"), ("police", "true"));
        using var admin = await desk.SignInAsync("root");
        using var mobile = await desk.SignInAsync("mo");
        using var police = await desk.SignInAsync("police");

        await admin.GetAsync($"/desk/cases/{id}");
        var adminSeesUnmask = admin.Html.Contains("handler=Unmask", StringComparison.Ordinal);
        var adminUnmask = await admin.PostAsync($"/desk/cases/{id}?handler=Unmask", ("reason", "curious"));
        await mobile.GetAsync($"/desk/cases/{id}");
        var mobileHtml = mobile.Html;
        var mobileVerify = await mobile.PostAsync($"/desk/cases/{id}?handler=Reject", ("note", "not ours"));
        await police.GetAsync($"/desk/cases/{id}");

        Assert.False(adminSeesUnmask);
        Assert.Equal(HttpStatusCode.Forbidden, adminUnmask.Status);
        Assert.Contains($"href=\"/desk/cases/{id}/action\"", mobileHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Reject", mobileHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, mobileVerify.Status);
        Assert.Contains($"href=\"/desk/cases/{id}/contacts\"", police.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/desk/cases/{id}/dossier\"", police.Html, StringComparison.Ordinal);
        Assert.Contains("138****8001", police.Html, StringComparison.Ordinal);
    }

    private async Task<string> SessionCookieAsync()
    {
        using var anonymous = desk.Api.Anonymous();
        var response = await anonymous.PostAsync("/api/v1/access/login", System.Net.Http.Json.JsonContent.Create(new { login = "ana", password = DeskCases.Password }), Ct);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("callwarden=", StringComparison.Ordinal)).Split(';')[0];
    }
}
