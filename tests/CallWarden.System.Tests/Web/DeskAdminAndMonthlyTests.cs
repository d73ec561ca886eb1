using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The administrator and the monthly report in a real browser on <c>serve --demo</c>: an administrator
/// creates a login, disables it while its person has the desk open, enables it again and makes it a carrier
/// operator (its open session ends again); an analyst downloads the month's ZIP.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed partial class DeskAdminAndMonthlyTests(Browser browser, SiteServer site)
{
    /// <summary>These tests sign staff in a dozen times a minute from one address: above the sign-in limit (10), which has tests of its own.</summary>
    [Fact]
    public async Task An_administrator_creates_a_login_and_disabling_it_signs_its_open_session_out()
    {
        var server = await site.StartAsync(["--demo"], DeskAccounts.SignInsFromOneAddress);
        var login = "trial." + Guid.NewGuid().ToString("N")[..6];
        const string password = "a long first password";
        await using var admin = await SignInAsync(PageLanguage.En, "admin", DemoPassword(server.Log, "admin"), "/desk/admin");

        await admin.Page.FillAsync("#Login", login);
        await admin.Page.FillAsync("#Password", password);
        await admin.Page.SelectOptionAsync("#Role", "analyst");
        await admin.Page.ClickAsync("form[action*='handler=CreateUser'] button[type=submit]");
        Assert.Contains(login, await admin.Page.Locator("#admin-notice").TextContentAsync(), StringComparison.Ordinal);

        await using var person = await SignInAsync(PageLanguage.ZhHans, login, password, "/desk");
        Assert.EndsWith("/desk", person.Page.Url, StringComparison.Ordinal);

        await admin.Page.ClickAsync($"form[action*='handler=Disable']:has(input[value='{login}']) button");
        Assert.Contains(login, await admin.Page.Locator("#admin-notice").TextContentAsync(), StringComparison.Ordinal);

        await person.Page.ReloadAsync();
        Assert.Contains("/desk/sign-in", person.Page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await person.Page.Locator("#Login").CountAsync());

        // Enabled again, the login signs in; made China Mobile's operator, its open session ends and
        // its next sign-in lands on the carrier's desk.
        await admin.Page.ClickAsync($"form[action*='handler=Enable']:has(input[value='{login}']) button");
        Assert.Contains(login, await admin.Page.Locator("#admin-notice").TextContentAsync(), StringComparison.Ordinal);
        await using var back = await SignInAsync(PageLanguage.ZhHans, login, password, "/desk");
        Assert.EndsWith("/desk", back.Page.Url, StringComparison.Ordinal);

        await admin.Page.ClickAsync($"a[href$='/desk/admin/logins/{login}']");
        await admin.Page.SelectOptionAsync("#Role", "carrier_operator");
        await admin.Page.ClickAsync("main form button[type=submit]");
        Assert.Contains("/desk/admin/logins/", admin.Page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await admin.Page.Locator("#Carrier-error").CountAsync());
        await admin.Page.SelectOptionAsync("#Carrier", "china_mobile");
        await admin.Page.ClickAsync("main form button[type=submit]");
        Assert.Contains(login, await admin.Page.Locator("#admin-notice").TextContentAsync(), StringComparison.Ordinal);

        await back.Page.ReloadAsync();
        Assert.Contains("/desk/sign-in", back.Page.Url, StringComparison.Ordinal);
        await using var carrierDesk = await SignInAsync(PageLanguage.ZhHans, login, password, "/desk");
        Assert.Contains("中国移动", await carrierDesk.Page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_opens_last_month_s_report_and_downloads_its_zip()
    {
        var server = await site.StartAsync(["--demo"], DeskAccounts.SignInsFromOneAddress);
        var month = LastMonth();
        await using var analyst = await SignInAsync(PageLanguage.ZhHans, "analyst", DemoPassword(server.Log, "analyst"), "/desk/monthly");

        await analyst.Page.FillAsync("#month", month);
        await analyst.Page.ClickAsync("main form button[type=submit]");
        Assert.Contains($"month={month}", analyst.Page.Url, StringComparison.Ordinal);
        Assert.True(await analyst.Page.Locator("#table-channels caption").IsVisibleAsync());

        var download = await analyst.Page.RunAndWaitForDownloadAsync(() => analyst.Page.ClickAsync("a[href*='handler=Zip']"));
        Assert.Equal($"callwarden-monthly-{month}.zip", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead(await download.PathAsync());
        Assert.Contains(zip.Entries, e => e.FullName == $"monthly-{month}.html");
        Assert.Contains(zip.Entries, e => e.FullName == "channels.csv");
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task The_monthly_report_and_the_admin_page_have_no_serious_accessibility_violations(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], DeskAccounts.SignInsFromOneAddress);
        await using (var analyst = await SignInAsync(language, "analyst", DemoPassword(server.Log, "analyst"), $"/desk/monthly?month={LastMonth()}"))
        {
            await Axe.AssertNoSeriousViolationsAsync(analyst.Page);
            await Screenshots.SaveAsync(analyst.Page, "desk-monthly", language);
        }

        await using var admin = await SignInAsync(language, "admin", DemoPassword(server.Log, "admin"), "/desk/admin");
        await admin.Page.ClickAsync("form[action*='handler=CreateUser'] button[type=submit]");
        await Axe.AssertNoSeriousViolationsAsync(admin.Page);
        await admin.Page.GotoAsync(SiteServer.Url("/desk/admin").ToString());
        await Axe.AssertNoSeriousViolationsAsync(admin.Page);
        await Screenshots.SaveAsync(admin.Page, "desk-admin", language);

        // The change page with a refused change (a carrier operator without a carrier), then its history.
        await admin.Page.GotoAsync(SiteServer.Url("/desk/admin/logins/analyst").ToString());
        await admin.Page.SelectOptionAsync("#Role", "carrier_operator");
        await admin.Page.ClickAsync("main form button[type=submit]");
        Assert.Equal(1, await admin.Page.Locator("#Carrier-error").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(admin.Page);
        await Screenshots.SaveAsync(admin.Page, "desk-admin-login", language);
    }

    /// <summary>The previous China month, written yyyy-MM: the demo's 90 days of reports cover it whole.</summary>
    private static string LastMonth()
    {
        var today = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        return new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, today.Offset).AddMonths(-1).ToString("yyyy-MM", global::System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The password <c>serve --demo</c> printed for <paramref name="login"/> in its table of demo logins.</summary>
    private static string DemoPassword(string log, string login)
    {
        var match = Regex.Match(log, $@"\b{Regex.Escape(login)}\b[^\n]*?(demo-[0-9a-f]{{12}})");
        Assert.True(match.Success, $"serve --demo printed no password for {login}");
        return match.Groups[1].Value;
    }

    private async Task<BrowserTab> SignInAsync(PageLanguage language, string login, string password, string returnUrl)
    {
        var tab = await browser.OpenAsync(language, SiteServer.Url("/desk/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        await tab.Page.FillAsync("#Login", login);
        await tab.Page.FillAsync("#Password", password);
        await tab.Page.ClickAsync("main form button[type=submit]");
        // The page signed in to may be the monthly report, built on its first request: under CI's load its first
        // rendering took more than Playwright's 30 s once, so the wait allows 90 s.
        await tab.Page.WaitForURLAsync(url => !url.Contains("/desk/sign-in", StringComparison.Ordinal), new() { Timeout = 90_000 });
        return tab;
    }
}
