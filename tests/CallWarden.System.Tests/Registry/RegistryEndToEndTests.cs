using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallWarden.System.Tests.Components;
using CallWarden.System.Tests.Sms;
using CallWarden.System.Tests.Web;

namespace CallWarden.System.Tests.Registry;

/// <summary>
/// Issue #10's "done when", with every real part: a subscriber refuses marketing by SMS through Kannel,
/// a business's marketing line is approved by the administrator on the desk in Chromium, a SIPp call from
/// that line to the subscriber through Kamailio is declined with the registry's reason, and the automatic
/// complaint is on the centre's desk; the subscriber then withdraws consent by SMS, and their identity
/// leaves their report while the statistics stay exactly as they were.
/// </summary>
[Collection(nameof(KannelCollection))]
public sealed class RegistryEndToEndTests
{
    private const int SipPort = 17060;
    private const string Subscriber = "13912340001";
    private const string MarketingLine = "13700001111";
    private const string Reported = "13800000002";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_refusal_texted_through_kannel_declines_an_approved_marketing_line_through_kamailio_and_files_a_complaint()
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        await using var sms = await KannelSmsStack.StartAsync(["--demo"]);
        using var proxy = new KamailioProxy(SipPort, SipPort + 10);
        await proxy.StartAsync(kamailio, [KannelSmsStack.CallWardenPort], await sms.KeyAsync("kamailio", "client", ["screen"]));
        using var answeringPhone = SippCall.StartAnsweringPhone(sipp, proxy.DownstreamPort);
        using var web = new HttpClient { BaseAddress = Url("/"), Timeout = TimeSpan.FromSeconds(10) };

        // Before anything is registered the line rings through.
        var before = await SippCall.CallAsync(sipp, proxy.SipPort, MarketingLine, Subscriber, "invite-expect-200.xml", SipPort + 100);
        Assert.True(before.Passed, "an unregistered line must be relayed:\n" + before.Output + proxy.Log);

        // 0. The subscriber has reported a caller by SMS.
        await sms.Phones.SendUcs2Async(Subscriber, "12321", $"{Reported}*{Yesterday()} 14:30 推销贷款");
        await sms.Phones.WaitForAsync(m => m.To.EndsWith(Subscriber, StringComparison.Ordinal) && m.Text.StartsWith($"已受理您对 {Reported} 的举报", StringComparison.Ordinal), Wait);

        // 1. The subscriber texts 退订 to 12321 and is told the registration holds.
        await sms.Phones.SendUcs2Async(Subscriber, "12321", "退订");
        await sms.Phones.WaitForAsync(m => m.To.EndsWith(Subscriber, StringComparison.Ordinal) && m.Text.StartsWith("已登记您拒收营销电话", StringComparison.Ordinal), Wait);

        // 2. A lender applies with a marketing line for loans; the administrator approves it on the desk.
        using var application = await web.PostAsJsonAsync("/api/v1/registry/businesses", new
        {
            name = "某某小额贷款有限公司",
            licence = "91350100M000100Y43",
            contactName = "王经理",
            contactPhone = "13800001234",
            lines = new[] { new { number = MarketingLine, kind = "marketing", categories = new[] { "loans" } } },
        }, Ct);
        Assert.True(application.IsSuccessStatusCode, await application.Content.ReadAsStringAsync(Ct));
        var business = (await application.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        await using var browser = new Browser();
        await using (var admin = await SignInAsync(browser, sms, "admin", "/desk/registry"))
        {
            await admin.Page.ClickAsync($"#business-{business} form[action*='handler=Approve'] button");
            await admin.Page.WaitForSelectorAsync("#registry-notice");
            Assert.Equal(1, await admin.Page.Locator($"#approved #business-{business}").CountAsync());
        }

        // 3. The line calls the subscriber through Kamailio: declined with the registry as the reason.
        await Task.Delay(TimeSpan.FromSeconds(1), Ct); // the approval reaches the snapshot through the change feed
        var blocked = await SippCall.CallAsync(sipp, proxy.SipPort, MarketingLine, Subscriber, "invite-expect-603.xml", SipPort + 101);
        Assert.True(blocked.Passed, "the refused marketing line must get 603:\n" + blocked.Output + proxy.Log);

        // 4. The call is an automatic complaint against the business on the centre's desk.
        await using var analyst = await SignInAsync(browser, sms, "analyst", $"/desk/complaints?business={business}");
        var complaint = await WaitForTextAsync(analyst, "#complaints tbody", "+86" + MarketingLine);
        Assert.Contains("某某小额贷款有限公司", complaint, StringComparison.Ordinal);
        Assert.Contains("refusal_registry", complaint, StringComparison.Ordinal); // the decision as evidence: its deciding rule …
        Assert.Contains("您已登记拒接营销来电", complaint, StringComparison.Ordinal); // … and its reason

        // 5. The subscriber withdraws consent by SMS, confirming it: their number leaves the report, the statistics do not move.
        var centre = await sms.KeyAsync("centre", "analyst", ["cases:read", "stats:read"]);
        var caseId = await CaseOfAsync(sms, centre, "+86" + Reported);
        Assert.Contains("+86" + Subscriber, ReportersOf(await sms.ApiAsync(centre, HttpMethod.Get, $"/api/v1/cases/{caseId}?unmask=true")));
        var statistics = (await sms.ApiAsync(centre, HttpMethod.Get, "/api/v1/stats/summary")).GetRawText();

        await sms.Phones.SendUcs2Async(Subscriber, "12321", "删除");
        await sms.Phones.WaitForAsync(m => m.To.EndsWith(Subscriber, StringComparison.Ordinal) && m.Text.Contains("确认删除", StringComparison.Ordinal), Wait);
        await sms.Phones.SendUcs2Async(Subscriber, "12321", "确认删除");
        await sms.Phones.WaitForAsync(m => m.To.EndsWith(Subscriber, StringComparison.Ordinal) && m.Text.StartsWith("已撤回您的同意", StringComparison.Ordinal), Wait);

        var reporters = ReportersOf(await sms.ApiAsync(centre, HttpMethod.Get, $"/api/v1/cases/{caseId}?unmask=true"));
        Assert.Single(reporters);
        Assert.DoesNotContain(Subscriber, reporters[0], StringComparison.Ordinal);
        Assert.Equal(statistics, (await sms.ApiAsync(centre, HttpMethod.Get, "/api/v1/stats/summary")).GetRawText());
    }

    private static string Yesterday() =>
        TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of the case about <paramref name="number"/>, through every page of the queue (the demo fills a few).</summary>
    private static async Task<long> CaseOfAsync(KannelSmsStack sms, string key, string number)
    {
        for (long after = 0; ;)
        {
            var page = (await sms.ApiAsync(key, HttpMethod.Get, $"/api/v1/cases?size=200&after={after}")).EnumerateArray().ToList();
            if (page.Find(c => c.GetProperty("number").GetString() == number) is { ValueKind: JsonValueKind.Object } found)
            {
                return found.GetProperty("id").GetInt64();
            }

            Assert.True(page.Count == 200, $"no case about {number}");
            after = page[^1].GetProperty("id").GetInt64();
        }
    }

    private static List<string> ReportersOf(JsonElement detail) =>
        [.. detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("reporter").GetString()!)];

    private static Uri Url(string path) => new($"http://127.0.0.1:{KannelSmsStack.CallWardenPort}{path}");

    private static async Task<BrowserTab> SignInAsync(Browser browser, KannelSmsStack sms, string login, string path)
    {
        var password = Regex.Match(sms.ServerOutput, Regex.Escape(login) + @"\b[^\n]*?(demo-[0-9a-f]{12})");
        Assert.True(password.Success, $"serve --demo printed no password for {login}");
        var tab = await browser.OpenAsync(PageLanguage.ZhHans, Url(path));
        Assert.Contains("/desk/sign-in", tab.Page.Url, StringComparison.Ordinal);
        await tab.Page.FillAsync("#Login", login);
        await tab.Page.FillAsync("#Password", password.Groups[1].Value);
        await tab.Page.ClickAsync("main button[type=submit]");
        await tab.Page.WaitForURLAsync(url => !url.Contains("/desk/sign-in", StringComparison.Ordinal));
        return tab;
    }

    /// <summary>The text of <paramref name="selector"/> once it holds <paramref name="expected"/>: the decision log is written in batches.</summary>
    private static async Task<string> WaitForTextAsync(BrowserTab tab, string selector, string expected)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            text = await tab.Page.Locator(selector).TextContentAsync() ?? string.Empty;
            if (text.Contains(expected, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            await tab.Page.ReloadAsync();
        }

        Assert.Fail($"{selector} never showed {expected}: {text}");
        return text;
    }
}
