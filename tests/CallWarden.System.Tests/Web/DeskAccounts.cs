using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallWarden.System.Tests.Components;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The staff of <c>serve --demo</c>: their passwords read from the table the server prints once,
/// signing in on <c>/desk/sign-in</c> as a person would, and the API for what a test must look up.
/// </summary>
internal static partial class DeskAccounts
{
    /// <summary>
    /// The environment of a server whose staff the tests sign in: every sign-in comes from 127.0.0.1, and
    /// the tests that share a server sign in more than the default 10 times a minute from it — the 11th
    /// was answered 429 and its test waited for the desk in vain (the intermittent failure of
    /// <c>DeskCasesPageTests</c> after <c>ReportPageTests</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SignInsFromOneAddress = new Dictionary<string, string> { ["Web__LoginsPerMinutePerAddress"] = "1000" };

    public static string Password(CallWardenServer server, string login)
    {
        var match = Regex.Match(server.Log, Regex.Escape(login) + @"\s*\S\s*\w+\s*\S\s*\w*\s*\S\s*(demo-[0-9a-f]{12})");
        Assert.True(match.Success, $"the server printed no demo password for {login}:\n{server.Log}");
        return match.Groups[1].Value;
    }

    /// <summary>Signs in on the desk sign-in page that <paramref name="path"/> sent the tab to, landing on <paramref name="path"/>.</summary>
    public static async Task<BrowserTab> OpenAsync(Browser browser, CallWardenServer server, PageLanguage language, string login, string path)
    {
        var tab = await browser.OpenAsync(language, SiteServer.Url(path));
        Assert.Contains("/desk/sign-in", tab.Page.Url, StringComparison.Ordinal);
        await tab.Page.FillAsync("#Login", login);
        await tab.Page.FillAsync("#Password", Password(server, login));
        await tab.Page.ClickAsync("main button[type=submit]");
        await tab.Page.WaitForURLAsync(url => !url.Contains("/desk/sign-in", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });
        return tab;
    }

    /// <summary>An API client signed in as <paramref name="login"/> (the session cookie of the login endpoint).</summary>
    public static async Task<HttpClient> ApiAsync(CallWardenServer server, string login)
    {
        var client = new HttpClient { BaseAddress = SiteServer.Url("/"), Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("/api/v1/access/login", new { login, password = Password(server, login) });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("callwarden=", StringComparison.Ordinal));
        client.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        return client;
    }

    /// <summary>The cases the client sees, all pages of the queue.</summary>
    public static async Task<List<JsonElement>> CasesAsync(HttpClient client, string query = "")
    {
        List<JsonElement> all = [];
        long after = 0;
        while (true)
        {
            var page = (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/cases?size=200&after={after}{query}"))!;
            all.AddRange(page);
            if (page.Length < 200)
            {
                return all;
            }

            after = page[^1].GetProperty("id").GetInt64();
        }
    }
}
