using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The analyst's desk in Chromium against <c>serve --demo</c>: sign in on /desk/sign-in, find a case
/// by its number, verify it and route it to its carrier; the queue and the case page pass axe.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed partial class DeskCasesPageTests(Browser browser, SiteServer site)
{
    /// <summary>Each language works its own case: a China Mobile number nobody else reports.</summary>
    private static string Target(PageLanguage language) => language switch
    {
        PageLanguage.ZhHans => "13900663001",
        PageLanguage.ZhHant => "13900663002",
        _ => "13900663003",
    };

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task An_analyst_finds_a_case_by_number_verifies_it_and_routes_it_to_its_carrier(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], DeskAccounts.SignInsFromOneAddress);
        var form = await server.KeyAsync("desk-form-" + language.Tag, "client", ["reports:write"]);
        var target = Target(language);
        var receipt = await server.PostAsync(form, "/api/v1/reports", new { target, category = "harassment", reporterPhone = "13800663001", reason = "calls every evening" });
        var caseId = receipt.GetProperty("caseId").GetInt64();
        var password = AnalystPassword().Match(server.Log);
        Assert.True(password.Success, "serve --demo printed no analyst password");

        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/desk/cases"));
        var page = tab.Page;
        Assert.Contains("/desk/sign-in", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(page); // the staff sign-in page, the one desk page everyone sees
        await page.FillAsync("#Login", "analyst");
        await page.FillAsync("#Password", password.Groups[1].Value);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/desk/cases", StringComparison.Ordinal));
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "desk-cases", language);
        await page.GotoAsync(SiteServer.Url("/desk").ToString()); // the desk's home: what the role opens
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync(SiteServer.Url("/desk/cases").ToString());

        await page.FillAsync("#q", "+86 " + target[..3] + " " + target[3..7] + " " + target[7..]);
        await page.ClickAsync(".queue-filter button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        await page.ClickAsync($"a[href='/desk/cases/{caseId}']");
        await page.WaitForURLAsync(url => url.EndsWith($"/desk/cases/{caseId}", StringComparison.Ordinal));
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "desk-case", language);

        await page.FillAsync("#verify-note", language == PageLanguage.En ? "Reporter describes repeated evening calls" : "举报人描述每晚反复来电，情况属实");
        await page.ClickAsync("#form-verify button[type=submit]");
        await page.WaitForSelectorAsync("#done");
        await page.FillAsync("#route-note", language == PageLanguage.En ? "To the carrier that runs the number" : "转交号码所属运营商处理");
        await page.ClickAsync("#form-route button[type=submit]");
        await page.WaitForSelectorAsync("#done");

        var routedTo = await page.TextContentAsync("#routed-to");
        Assert.Contains(language switch { PageLanguage.ZhHans => "中国移动", PageLanguage.ZhHant => "中國移動", _ => "China Mobile" }, routedTo, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#form-verify").CountAsync());
        Assert.Equal(0, await page.Locator("#form-route").CountAsync());
    }

    /// <summary>The demo's login table row of the analyst, as <c>serve --demo</c> prints it once.</summary>
    [GeneratedRegex(@"\banalyst\b[^\n]*?(demo-[0-9a-f]{12})")]
    private static partial Regex AnalystPassword();
}
