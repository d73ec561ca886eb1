using System.Globalization;
using System.Net;
using CallWarden.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk.Cases;

/// <summary>Many cases of one number range at once: paging through them, then verifying and routing them with one note.</summary>
public sealed class BulkTriageTests(DeskCases desk) : IClassFixture<DeskCases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_analyst_pages_through_a_number_range_and_verifies_and_routes_its_50_cases_in_one_go()
    {
        List<long> range = [];
        for (var i = 0; i < 50; i++)
        {
            range.Add((await desk.ReportAsync("139123400" + i.ToString("00", CultureInfo.InvariantCulture))).CaseId);
        }

        for (var i = 0; i < 5; i++)
        {
            await desk.ReportAsync("139123401" + i.ToString("00", CultureInfo.InvariantCulture));
        }

        using var analyst = await desk.SignInAsync("ana");

        await analyst.GetAsync("/desk/cases?q=" + Uri.EscapeDataString("1391 2340*"));
        Assert.Contains("Matching cases: 55", analyst.Text, StringComparison.Ordinal);
        Assert.Equal(50, CountOf(analyst.Html, "name=\"selected\""));
        Assert.Contains("href=\"/desk/cases?q=1391%202340*&amp;page=2\"", analyst.Html, StringComparison.Ordinal);
        await analyst.GetAsync("/desk/cases?q=1391%202340*&page=2");
        Assert.Equal(5, CountOf(analyst.Html, "name=\"selected\""));

        await analyst.GetAsync("/desk/cases?q=" + Uri.EscapeDataString("139 1234 00*"));
        var missing = await analyst.PostAsync("/desk/cases?handler=Bulk", ("q", "139 1234 00*"), ("scope", "all"), ("route", "carrier"), ("note", ""));
        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.Equal("Enter a note saying why", analyst.ErrorBeside("bulk-note"));

        var answer = await analyst.PostAsync("/desk/cases?handler=Bulk", ("q", "139 1234 00*"), ("scope", "all"), ("route", "carrier"), ("note", "one caller across the range, 50 reporters"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Cases verified and routed: 50.", analyst.Text, StringComparison.Ordinal);
        await using var db = desk.Api.Open();
        var states = await db.Cases.Where(c => range.Contains(c.Id)).Select(c => new { c.State, c.CarrierCode }).ToListAsync(Ct);
        Assert.Equal(50, states.Count(s => s.State == CaseState.Forwarded && s.CarrierCode == "china_mobile"));
        Assert.Equal(100, await db.CaseAudit.CountAsync(a => range.Contains(a.HolderCaseId) && a.Reason == "one caller across the range, 50 reporters", Ct));
    }

    [Theory]
    [InlineData("zh-CN", "已核实并转交 1 宗案件。", "案件当前状态为“已转交，待运营商处理”，不能这样处理")]
    [InlineData("zh-TW", "已核實並轉交 1 宗案件。", "案件目前狀態為「已轉交，待電信業者處理」，不能這樣處理")]
    [InlineData("en-GB", "Cases verified and routed: 1.", "The case is \"Routed, awaiting the carrier\" now and cannot be changed this way")]
    public async Task Ticked_cases_are_changed_one_by_one_and_each_refusal_is_listed_with_its_reason(string language, string changed, string why)
    {
        var (_, fresh) = await desk.ReportAsync("139123950" + Tag(language) + "1");
        var (_, routed) = await desk.ReportAsync("139123950" + Tag(language) + "2");
        using var analyst = await desk.SignInAsync("ana", language);
        await analyst.GetAsync($"/desk/cases/{routed}");
        await analyst.PostAsync($"/desk/cases/{routed}?handler=Verify", ("note", "credible"));
        await analyst.PostAsync($"/desk/cases/{routed}?handler=Route", ("note", "route"));
        await analyst.GetAsync("/desk/cases");

        await analyst.PostAsync("/desk/cases?handler=Bulk", [
            new("selected", fresh.ToString(CultureInfo.InvariantCulture)), new("selected", routed.ToString(CultureInfo.InvariantCulture)),
            new("selected", "<script>"), new("selected", "-1"), new("scope", "ticked"), new("route", "police"), new("note", "bulk")]);

        Assert.Contains(changed, analyst.Text, StringComparison.Ordinal);
        Assert.Contains(why, analyst.Text, StringComparison.Ordinal);
        await using var db = desk.Api.Open();
        var record = await db.Cases.SingleAsync(c => c.Id == fresh, Ct);
        Assert.True(record is { State: CaseState.Forwarded, Police: true });
    }

    [Fact]
    public async Task Bulk_without_a_selection_says_what_to_choose_and_carriers_may_not_use_it()
    {
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync("/desk/cases");
        await analyst.PostAsync("/desk/cases?handler=Bulk", ("scope", "ticked"), ("route", "carrier"), ("note", "bulk"));
        var message = analyst.ErrorBeside("bulk-scope");
        using var mobile = await desk.SignInAsync("mo");
        await mobile.GetAsync("/desk/cases");

        var forbidden = await mobile.PostAsync("/desk/cases?handler=Bulk", ("scope", "all"), ("route", "carrier"), ("note", "bulk"));

        Assert.Equal("Tick at least one case, or choose all the cases matching this filter", message);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
    }

    private static string Tag(string language) => language switch { "zh-CN" => "1", "zh-TW" => "2", _ => "3" };

    private static int CountOf(string html, string text) => (html.Length - html.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;
}
