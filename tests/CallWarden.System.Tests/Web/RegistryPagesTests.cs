using System.Net.Http.Json;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The refusal registry and business pages in Chromium on <c>serve --demo</c> (issue #10 parts 5 and 6):
/// a person refuses marketing categories, a business applies, an administrator approves it on the desk and
/// the analyst opens the complaints desk — each with no serious accessibility violation, in three languages.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class RegistryPagesTests(Browser browser, SiteServer site)
{
    private static readonly Dictionary<string, string> Staff = new() { ["Web__LoginsPerMinutePerAddress"] = "1000", ["DecisionLog__AllowSampleEvery"] = "1" };

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_person_refuses_loans_and_insurance_marketing_and_sees_the_confirmation(PageLanguage language)
    {
        await site.StartAsync(["--demo"], Staff);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/refuse-marketing"));
        await BrowserSignIn.CompleteAsync(tab.Page, ProtectionPageTests.Phone(40, language));

        Assert.EndsWith("/refuse-marketing", tab.Page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "refuse-marketing", language);

        await tab.Page.ClickAsync("#save");
        Assert.Equal(1, await tab.Page.Locator("#Categories-error").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);

        await tab.Page.CheckAsync("#Categories_loans");
        await tab.Page.CheckAsync("#Categories_insurance");
        await tab.Page.ClickAsync("#save");
        Assert.EndsWith("/refuse-marketing/done", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await tab.Page.Locator(".panel #confirmation").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "refuse-marketing-done", language);
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_business_applies_an_administrator_approves_it_and_the_analyst_opens_the_complaints(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], Staff);
        await using (var tab = await browser.OpenAsync(language, SiteServer.Url("/business/apply")))
        {
            await Axe.AssertNoSeriousViolationsAsync(tab.Page);
            await Screenshots.SaveAsync(tab.Page, "business-apply", language);

            await tab.Page.FillAsync("#Input_Name", "某某银行");
            await tab.Page.FillAsync("#Input_NameEnglish", "Example Bank");
            await tab.Page.FillAsync("#Input_Licence", "91350100M000100Y44");
            await tab.Page.FillAsync("#Input_ContactName", "王经理");
            await tab.Page.FillAsync("#Input_ContactPhone", "010-12345678");
            await tab.Page.FillAsync("#Input_Lines_0__Number", "95588");
            await tab.Page.SelectOptionAsync("#Input_Lines_0__Kind", "customer_service");
            await tab.Page.FillAsync("#Input_Lines_1__Number", $"1380013{8000 + (int)language}");
            await tab.Page.ClickAsync("main form button[type='submit']");
            Assert.Equal(1, await tab.Page.Locator("#Input_Licence-error").CountAsync());
            Assert.Equal(1, await tab.Page.Locator("#Input_Lines_1__Kind-error").CountAsync());
            await Axe.AssertNoSeriousViolationsAsync(tab.Page);
            await Screenshots.SaveAsync(tab.Page, "business-apply-errors", language);

            await tab.Page.FillAsync("#Input_Licence", "91350100M000100Y43");
            await tab.Page.SelectOptionAsync("#Input_Lines_1__Kind", "marketing");
            await tab.Page.CheckAsync("#Input_Lines_1__Categories_loans");
            await tab.Page.ClickAsync("main form button[type='submit']");
            Assert.Contains("/business/applied/", tab.Page.Url, StringComparison.Ordinal);
            await Axe.AssertNoSeriousViolationsAsync(tab.Page);
            await Screenshots.SaveAsync(tab.Page, "business-applied", language);
        }

        await using (var admin = await DeskAccounts.OpenAsync(browser, server, language, "admin", "/desk/registry"))
        {
            Assert.EndsWith("/desk/registry", admin.Page.Url, StringComparison.Ordinal);
            await Axe.AssertNoSeriousViolationsAsync(admin.Page);
            await Screenshots.SaveAsync(admin.Page, "desk-registry", language);
            await admin.Page.Locator("#waiting tbody tr").Last.Locator("form[action*='handler=Approve'] button").ClickAsync();
            Assert.Equal(1, await admin.Page.Locator("#registry-notice").CountAsync());
            await Axe.AssertNoSeriousViolationsAsync(admin.Page);
        }

        await using var analyst = await DeskAccounts.OpenAsync(browser, server, language, "analyst", "/desk/complaints");
        Assert.EndsWith("/desk/complaints", analyst.Page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(analyst.Page);
        await Screenshots.SaveAsync(analyst.Page, "desk-complaints", language);
    }
}
