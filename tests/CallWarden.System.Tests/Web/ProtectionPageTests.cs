using System.Text.Json;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class ProtectionPageTests(Browser browser, SiteServer site)
{
    /// <summary>Every screened call is logged, so that a few calls give the dry run something to replay.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string> { ["DecisionLog__AllowSampleEvery"] = "1" };

    /// <summary>A mobile of its own for each test and language: codes are limited per phone.</summary>
    internal static string Phone(int test, PageLanguage language) => $"137001{test:00}{(int)language:000}";

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_subscriber_blocks_a_range_sees_the_dry_run_saves_and_the_next_call_from_the_range_is_blocked(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], Environment);
        var subscriber = Phone(20, language);
        var proxy = await server.KeyAsync($"kamailio-{language.Tag}", "client", ["screen"]);
        foreach (var caller in new[] { "+8675512345678", "+8613912340000", "+2348012345678" })
        {
            await ScreenAsync(server, proxy, caller, subscriber);
        }

        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/protection"));
        await BrowserSignIn.CompleteAsync(tab.Page, subscriber);
        Assert.EndsWith("/protection", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal(3, await tab.Page.Locator("[data-recent-call]").CountAsync());

        await tab.Page.FillAsync("#Input_BlockPattern", "0755*");
        await tab.Page.FillAsync("#Input_BlockNote", "Shenzhen agents");
        await tab.Page.CheckAsync("#Input_Answer-busy");
        await tab.Page.ClickAsync("button[formaction*='handler=Preview']");
        var blocked = tab.Page.Locator("#preview [data-preview-call]");
        Assert.Equal(1, await blocked.CountAsync());
        Assert.Contains("+8675512345678", await blocked.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("+86755*", await blocked.Locator("li.decisive").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "protection", language);

        await tab.Page.ClickAsync("#preview button[formaction*='handler=Save']");
        await tab.Page.WaitForURLAsync(url => url.Contains("saved=True", StringComparison.Ordinal));
        Assert.Equal(1, await tab.Page.Locator(".success-banner").CountAsync());
        var answer = await ScreenAsync(server, proxy, "0755-8888 9999", subscriber);

        Assert.Equal("busy", answer.GetProperty("action").GetString());
        Assert.Equal(486, answer.GetProperty("sipCode").GetInt32());
        Assert.Equal("blocklist", answer.GetProperty("rule").GetString());
        Assert.Equal("allow", (await ScreenAsync(server, proxy, "+8613912340000", subscriber)).GetProperty("action").GetString());
    }

    private static Task<JsonElement> ScreenAsync(CallWardenServer server, string key, string caller, string callee) =>
        server.PostAsync(key, "/api/v1/screen", new { caller, callee, attest = "", callid = Guid.NewGuid().ToString("N"), src = "127.0.0.1", presentation = "allowed" });
}
