using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.System.Tests.Components;
using CallWarden.System.Tests.Screening;
using CallWarden.System.Tests.Sms;
using CallWarden.System.Tests.Web;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Registry;

/// <summary>
/// Issue #10's "done when" for the registries, with real parts: a subscriber sends 退订 through Kannel; a
/// business applies for a marketing line and the administrator approves it in the web desk (Chromium); a SIPp
/// call from that line to the subscriber through Kamailio is rejected with the refusal registry's rule, and
/// the automatic complaint is on the analyst's desk.
/// </summary>
[Collection(nameof(KannelCollection))]
public sealed class RefusalEndToEndTests
{
    private const int CallWardenPort = 24080;
    private const int SipPort = 17060;
    private const string Subscriber = KamailioStack.Subscriber;
    private const string MarketingLine = "13800138555";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_refusal_by_SMS_blocks_an_approved_marketing_line_through_Kamailio_and_files_a_complaint_on_the_analysts_desk()
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        var bearerbox = RequiredTool.Find("bearerbox", "kannel kannel-extras");
        var smsbox = RequiredTool.Find("smsbox", "kannel kannel-extras");
        var environment = new Dictionary<string, string>
        {
            ["Channels__Sms__Enabled"] = "true",
            ["Channels__Sms__Secret"] = KannelSmsStack.Secret,
            ["Channels__Sms__AllowedAddresses__0"] = "127.0.0.1",
            ["Channels__Sms__SendSmsUrl"] = $"http://127.0.0.1:{KannelGateway.SendSmsPort}/cgi-bin/sendsms",
            ["Channels__Sms__Username"] = "callwarden",
            ["Channels__Sms__Password"] = KannelGateway.SendSmsPassword,
            ["Channels__Sms__PollInterval"] = "00:00:00.500",
            ["Web__LoginsPerMinutePerAddress"] = "1000",
        };
        await using var server = new CallWardenServer(CallWardenPort, ["--demo"], environment);
        await server.StartAsync();
        using var kannel = new KannelGateway();
        kannel.WriteConfig(CallWardenPort, KannelSmsStack.Secret);
        await kannel.StartAsync(bearerbox, smsbox);
        await using var phones = new KannelFakeSmsc();
        await phones.ConnectAsync(TimeSpan.FromSeconds(10));
        using var proxy = new KamailioProxy(SipPort, SipPort + 10);
        var screenKey = await server.KeyAsync("kamailio", "client", ["screen"]);
        await server.WarmScreeningAsync(screenKey);
        await proxy.StartAsync(kamailio, [server.Port], screenKey);
        using var answeringPhone = SippCall.StartAnsweringPhone(sipp, proxy.DownstreamPort);
        await using var browser = new Browser();
        var site = new Uri($"http://127.0.0.1:{CallWardenPort}");

        // 1. The subscriber texts 退订 through Kannel and is told so.
        await phones.SendUcs2Async(Subscriber, "12321", "退订");
        await phones.WaitForAsync(m => m.Text.StartsWith("已登记您拒收营销电话", StringComparison.Ordinal), Wait);

        // 2. A lender applies for its marketing line; before approval its call rings.
        using var anonymous = new HttpClient { BaseAddress = site };
        var application = new
        {
            name = "某某贷款",
            licence = "91350100M000100Y43",
            contactName = "王经理",
            contactPhone = "010-12345678",
            lines = new[] { new { number = MarketingLine, kind = "marketing", categories = new[] { "loans" } } },
        };
        using var applied = await anonymous.PostAsJsonAsync("/api/v1/registry/businesses", application, TestContext.Current.CancellationToken);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var (rang, rangOutput) = await SippCall.CallAsync(sipp, proxy.SipPort, MarketingLine, Subscriber, "invite-expect-200.xml", SipPort + 100);
        Assert.True(rang, rangOutput + "\n" + proxy.Log);

        // 3. The administrator approves it in the web desk.
        await using (var admin = await SignInAsync(browser, site, server, "admin", "/desk/registry"))
        {
            await admin.Page.Locator("#waiting tbody tr").Last.Locator("form[action*='handler=Approve'] button").ClickAsync();
            Assert.Equal(1, await admin.Page.Locator("#registry-notice").CountAsync());
        }

        // 4. Within a moment every node follows the feed: the line's call is rejected with the refusal registry's rule.
        var blocked = false;
        var output = string.Empty;
        for (var attempt = 0; attempt < 20 && !blocked; attempt++)
        {
            (blocked, output) = await SippCall.CallAsync(sipp, proxy.SipPort, MarketingLine, Subscriber, "invite-expect-603.xml", SipPort + 101 + attempt);
            if (!blocked)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(blocked, output + "\n--- kamailio ---\n" + proxy.Log + "\n--- callwarden ---\n" + server.Log);
        var decision = KamailioDecision.BlocksIn(proxy.Log).Last();
        Assert.Equal(("reject", "refusal_registry"), (decision.Action, decision.Rule));

        // 5. The analyst finds the automatic complaint, with the decision as evidence, on the complaints desk.
        await using var analyst = await SignInAsync(browser, site, server, "analyst", "/desk/complaints");
        for (var attempt = 0; attempt < 20 && await analyst.Page.Locator("#complaints tbody tr").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await analyst.Page.ReloadAsync();
        }

        var row = await analyst.Page.Locator("#complaints tbody tr").First.TextContentAsync();
        Assert.Contains("+86" + MarketingLine, row, StringComparison.Ordinal);
        Assert.Contains("您已登记拒接营销来电", row, StringComparison.Ordinal);
        Assert.Contains("refusal_registry", row, StringComparison.Ordinal);
    }

    private static async Task<BrowserTab> SignInAsync(Browser browser, Uri site, CallWardenServer server, string login, string path)
    {
        var tab = await browser.NewTabAsync(PageLanguage.ZhHans);

        // This test shares the machine with Kannel, Kamailio, SIPp and the server: give every step a minute.
        tab.Page.SetDefaultTimeout(60_000);
        await tab.Page.GotoAsync(new Uri(site, path).ToString());
        Assert.Contains("/desk/sign-in", tab.Page.Url, StringComparison.Ordinal);
        await tab.Page.FillAsync("#Login", login);
        await tab.Page.FillAsync("#Password", DeskAccounts.Password(server, login));
        await tab.Page.ClickAsync("main button[type=submit]");
        await tab.Page.WaitForURLAsync(url => url.EndsWith(path, StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 60_000 });
        return tab;
    }
}
