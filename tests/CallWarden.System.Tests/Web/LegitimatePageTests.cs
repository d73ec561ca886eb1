namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class LegitimatePageTests(Browser browser, SiteServer site)
{
    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_person_signs_in_and_vouches_for_a_number_with_no_serious_accessibility_violation_in_each_language(PageLanguage language)
    {
        await site.StartAsync(["--demo"], ProtectionPageTests.Environment);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/numbers/13800000001/legitimate"));
        await BrowserSignIn.CompleteAsync(tab.Page, ProtectionPageTests.Phone(30, language));

        Assert.EndsWith("/numbers/13800000001/legitimate", tab.Page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "legitimate", language);

        await tab.Page.ClickAsync("main form button[type='submit']");
        Assert.Equal(1, await tab.Page.Locator("#Confirmed-error").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);

        await tab.Page.CheckAsync("#Confirmed");
        await tab.Page.FillAsync("#Note", "school");
        await tab.Page.ClickAsync("main form button[type='submit']");
        Assert.Equal(1, await tab.Page.Locator(".panel a, main a[href='/numbers/+8613800000001']").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "legitimate-done", language);
    }
}
