using System.Net.Http.Json;
using System.Text.Json;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// China Mobile's desk in the browser: a report texted to its own 10086999 is on its desk before any
/// routing, its operator records a 30-day restriction; China Unicom's operator who edits the URL to
/// that case meets the 404 page; the scorecard. Screenshots desk-action and desk-scorecard.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class CarrierDeskPageTests(Browser browser, SiteServer site)
{
    /// <summary>The demo with the SMS channel on (its MO endpoint), sending to a gateway that is not there: nothing leaves.</summary>
    internal static readonly Dictionary<string, string> Environment = new()
    {
        ["Channels__Sms__Enabled"] = "true",
        ["Channels__Sms__Secret"] = "desk-browser-tests-secret",
        ["Channels__Sms__SendSmsUrl"] = "http://127.0.0.1:9/cgi-bin/sendsms",
        ["Channels__Sms__Username"] = "callwarden",
        ["Channels__Sms__Password"] = "unused",
        ["Web__Verification__ShowCodes"] = "true",
        // Each test signs in several times from 127.0.0.1, in three languages.
        ["Web__LoginsPerMinutePerAddress"] = "1000",
    };

    [Fact]
    public async Task China_Mobile_sees_a_report_texted_to_10086999_at_once_and_restricts_the_number_for_30_days()
    {
        var server = await site.StartAsync(["--demo"], Environment);
        var target = "1369" + Random.Shared.Next(1_000_000, 9_999_999).ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        using (var mo = await server.Http.GetAsync($"/sms/mo?secret={Environment["Channels__Sms__Secret"]}&from=13912340001&to=10086999&text={Uri.EscapeDataString(target + "*骚扰电话")}&id={Guid.NewGuid():N}", TestContext.Current.CancellationToken))
        {
            Assert.True(mo.IsSuccessStatusCode, await mo.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        using var api = await DeskAccounts.ApiAsync(server, "cmcc-operator");
        var filed = (await DeskAccounts.CasesAsync(api)).Single(c => c.GetProperty("number").GetString() == "+86" + target);
        var id = filed.GetProperty("id").GetInt64();
        Assert.Equal("forwarded", filed.GetProperty("state").GetString());

        foreach (var language in Enum.GetValues<PageLanguage>())
        {
            await using var tab = await DeskAccounts.OpenAsync(browser, server, language, "cmcc-operator", $"/desk/cases/{id}/action");
            Assert.Equal("+86" + target, await tab.Page.TextContentAsync("#case-number"));
            Assert.Equal(1, await tab.Page.Locator("#act-deadline").CountAsync());
            await Axe.AssertNoSeriousViolationsAsync(tab.Page);
            await Screenshots.SaveAsync(tab.Page, "desk-action", language);

            if (language == PageLanguage.ZhHans)
            {
                // The form's errors, then the action itself.
                await tab.Page.ClickAsync("main form button[type=submit]");
                Assert.Equal(1, await tab.Page.Locator("#Kind-error").CountAsync());
                Assert.Equal(1, await tab.Page.Locator("#Note-error").CountAsync());
                await Axe.AssertNoSeriousViolationsAsync(tab.Page);
            }
        }

        await using (var zh = await DeskAccounts.OpenAsync(browser, server, PageLanguage.ZhHans, "cmcc-operator", $"/desk/cases/{id}/action"))
        {
            await zh.Page.CheckAsync("#Kind-restrict_outbound");
            await zh.Page.FillAsync("#Days", "30");
            await zh.Page.FillAsync("#Note", "核实通话记录后限制呼出 30 天");
            await zh.Page.ClickAsync("main form button[type=submit]");
            await zh.Page.WaitForSelectorAsync("#action-saved");
            Assert.Contains("1 位举报人", await zh.Page.TextContentAsync("#reporters-told"), StringComparison.Ordinal);
            await Axe.AssertNoSeriousViolationsAsync(zh.Page);
        }

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}", TestContext.Current.CancellationToken);
        var action = Assert.Single(detail.GetProperty("actions").EnumerateArray());
        Assert.Equal("restrict_outbound", action.GetProperty("kind").GetString());
        Assert.Equal(TimeSpan.FromDays(30), action.GetProperty("until").GetDateTimeOffset() - action.GetProperty("from").GetDateTimeOffset());

        await using var unicom = await DeskAccounts.OpenAsync(browser, server, PageLanguage.ZhHans, "unicom-operator", "/desk");
        var response = await unicom.Page.GotoAsync(SiteServer.Url($"/desk/cases/{id}/action").ToString());
        Assert.Equal(404, response!.Status);
        Assert.Equal("找不到此页面", await unicom.Page.TextContentAsync("h1"));
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task The_scorecard_has_no_serious_accessibility_violation(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], Environment);
        await using var tab = await DeskAccounts.OpenAsync(browser, server, language, "cmcc-operator", "/desk/scorecard");

        Assert.Equal(1, await tab.Page.Locator("table#scores caption").CountAsync());
        Assert.Equal(6, await tab.Page.Locator("table#actions-by-kind tbody tr").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "desk-scorecard", language);
    }
}
