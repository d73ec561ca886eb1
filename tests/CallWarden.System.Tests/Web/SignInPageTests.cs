namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class SignInPageTests(Browser browser, SiteServer site)
{
    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task Both_steps_of_the_sign_in_have_no_serious_accessibility_violation_in_each_language(PageLanguage language)
    {
        await site.StartAsync(["--demo"], ProtectionPageTests.Environment);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/sign-in?returnUrl=%2Fprotection"));

        Assert.Equal(language.Tag, await tab.Page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "sign-in", language);

        await tab.Page.ClickAsync("button[formaction*='handler=Send']");
        Assert.Equal(1, await tab.Page.Locator("#Phone-error").CountAsync());
        Assert.Equal("Phone-hint Phone-error", await tab.Page.GetAttributeAsync("#Phone", "aria-describedby"));
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);

        await tab.Page.FillAsync("#Phone", ProtectionPageTests.Phone(10, language));
        await tab.Page.ClickAsync("button[formaction*='handler=Send']");
        Assert.Equal(1, await tab.Page.Locator(".demo-banner [data-demo-code]").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "sign-in-code", language);
    }
}
