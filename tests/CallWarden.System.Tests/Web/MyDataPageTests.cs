using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The privacy notice, My data and withdrawal in a real browser (issue #10 parts 1 and 2): each page in each
/// language passes axe and is photographed for docs/screenshots.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class MyDataPageTests(Browser browser, SiteServer site)
{
    /// <summary>A mobile of its own for each test and language: codes are limited per phone.</summary>
    private static string Phone(int test, PageLanguage language) => $"137002{test:00}{(int)language:000}";

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_person_reads_the_notice_sees_their_data_corrects_it_and_withdraws(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"]);
        var phone = Phone(1, language);
        var form = await server.KeyAsync($"privacy-form-{language.Tag}", "client", ["reports:write"]);
        foreach (var (target, category) in new[] { ("13912340101", "fraud"), ("02112345678", "marketing") })
        {
            await server.PostAsync(form, "/api/v1/reports", new { target, category, reporterPhone = phone, content = "您已获得贷款额度，点击链接领取" });
        }

        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/privacy"));
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "privacy", language);

        await tab.Page.ClickAsync("a[href='/my-data']:not(footer a)");
        await BrowserSignIn.CompleteAsync(tab.Page, phone);
        Assert.EndsWith("/my-data", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal(2, await tab.Page.Locator("[data-report]").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "my-data", language);

        await tab.Page.ClickAsync("a[href='/my-data/contact']");
        await tab.Page.FillAsync("#Input_Email", "wang@");
        await tab.Page.ClickAsync("form button[type=submit]");
        Assert.Equal(1, await tab.Page.Locator(".error-summary li").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "my-data-contact", language);
        await tab.Page.FillAsync("#Input_Email", "wang@example.cn");
        await tab.Page.ClickAsync("form button[type=submit]");
        Assert.Equal(1, await tab.Page.Locator("#corrected").CountAsync());

        await tab.Page.ClickAsync("a[href='/my-data/withdraw']");
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "my-data-withdraw", language);
        await tab.Page.ClickAsync("form button[type=submit]");
        Assert.Contains("/my-data/withdrawn", tab.Page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "my-data-withdrawn", language);

        await tab.Page.GotoAsync(SiteServer.Url("/my-data").ToString());
        Assert.Contains("/sign-in", tab.Page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task Asked_to_agree_again_a_person_who_declines_is_signed_out_and_told_what_that_means(PageLanguage language)
    {
        await site.StartAsync(["--demo"]);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/sign-in?returnUrl=%2Fprivacy%2Faccept%3FreturnUrl%3D%252Fmy-data"));
        await BrowserSignIn.CompleteAsync(tab.Page, Phone(2, language));
        Assert.Contains("/privacy/accept", tab.Page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "privacy-accept", language);

        await tab.Page.ClickAsync("button[formaction*='handler=Decline']");

        Assert.Contains("/privacy/declined", tab.Page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "privacy-declined", language);
    }
}
