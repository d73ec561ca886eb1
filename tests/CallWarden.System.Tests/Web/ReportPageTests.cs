using System.Net.Http.Json;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CallWarden.System.Tests.Components;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The report form, its check page, its confirmation and My report in Chromium against <c>serve --demo</c>
/// (codes in the demo banner): filled with the keyboard, filed, followed while the centre and the carrier act.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class ReportPageTests(Browser browser, SiteServer site)
{
    /// <summary>Each language files against its own number (its own case) from its own phone.</summary>
    private static (string Target, string Reporter) People(PageLanguage language) => language switch
    {
        PageLanguage.ZhHans => ("13900661001", "13800661001"),
        PageLanguage.ZhHant => ("13900661002", "13800661002"),
        _ => ("13900661003", "13800661003"),
    };

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_reporter_files_with_the_keyboard_follows_the_report_and_sees_the_carriers_restriction(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], DeskAccounts.SignInsFromOneAddress);
        var (target, reporter) = People(language);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/report"));
        var page = tab.Page;
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "report", language);

        // Section 1 with the keyboard only: skip to the content, then Tab from field to field.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Target", await ActiveIdAsync(page));
        await page.Keyboard.TypeAsync(target);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_CalledNumber", await ActiveIdAsync(page)); // only for a caller whose number was not shown: left empty
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Medium", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_OccurredAt", await ActiveIdAsync(page));
        await TypeYesterdayAsync(page);
        Assert.Equal(Yesterday1430(), await page.InputValueAsync("#Input_OccurredAt"));
        for (var tabs = 0; tabs < 8 && await ActiveIdAsync(page) == "Input_OccurredAt"; tabs++)
        {
            await page.Keyboard.PressAsync("Tab"); // past the field's own stops (its picker button)
        }

        Assert.Equal("Input_Duration", await ActiveIdAsync(page));
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Category", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("ArrowDown"); // fraud, the second category: selected by moving to it
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Content", await ActiveIdAsync(page));
        await page.Keyboard.TypeAsync(language == PageLanguage.En ? "Said my bank account was frozen" : "说我的银行账户被冻结了");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Upload", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_ReporterPhone", await ActiveIdAsync(page));
        await page.Keyboard.TypeAsync(reporter);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("send-code", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#demo-code");

        // Section 2 comes back with every answer kept and the code in the demo banner.
        Assert.Equal(target, await page.InputValueAsync("#Input_Target"));
        Assert.True(await page.IsCheckedAsync("#Input_Category-fraud"));
        var code = await page.TextContentAsync("#demo-code");
        await page.FillAsync("#Input_Code", code!);
        await page.CheckAsync("#Input_Consent");
        await page.ClickAsync("main form button.button:not(.secondary)");
        await page.WaitForURLAsync(u => u.EndsWith("/report/check", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator($"td.answer:text-is('{target}')").CountAsync());
        Assert.Equal(11, await page.Locator("a[href^='/report#']").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "report-check", language);

        await page.ClickAsync("#Submit");
        await page.WaitForURLAsync(u => u.Contains("/report/done/", StringComparison.Ordinal));
        var reference = (await page.TextContentAsync("#reference"))!.Trim();
        Assert.Matches("^R[0-9]{8}-[0-9]{6,}$", reference);
        Assert.Contains("96110", await page.TextContentAsync("#emergency-advice"), StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "report-done", language);

        // The confirmation leads to My report, which opens without a second code.
        await page.ClickAsync($"a[href='/my-report?reference={reference}']");
        await page.WaitForSelectorAsync("ol.timeline");
        Assert.Equal(1, await page.Locator("ol.timeline li").CountAsync());

        // At the desks (issue #8): an analyst finds the case by the number and verifies and routes it; China Mobile's
        // operator restricts the number for 30 days from its own desk.
        var caseId = await CaseOfAsync(server, reference);
        await using (var desk = await DeskAccounts.OpenAsync(browser, server, language, "analyst", "/desk/cases"))
        {
            await desk.Page.FillAsync("#q", target);
            await desk.Page.ClickAsync(".queue-filter button[type=submit]");
            await desk.Page.ClickAsync($"a[href='/desk/cases/{caseId}']");
            await desk.Page.FillAsync("#verify-note", "credible: the reporter proved their phone");
            await desk.Page.ClickAsync("#form-verify button[type=submit]");
            await desk.Page.WaitForSelectorAsync("#done");
            await desk.Page.FillAsync("#route-note", "to the carrier that runs the number");
            await desk.Page.ClickAsync("#form-route button[type=submit]");
            await desk.Page.WaitForSelectorAsync("#done");
        }

        await using (var carrier = await DeskAccounts.OpenAsync(browser, server, language, "cmcc-operator", $"/desk/cases/{caseId}/action"))
        {
            await carrier.Page.CheckAsync("#Kind-restrict_outbound");
            await carrier.Page.FillAsync("#Days", "30");
            await carrier.Page.FillAsync("#Note", "call records checked: outgoing calls restricted for 30 days");
            await carrier.Page.ClickAsync("main form button[type=submit]");
            await carrier.Page.WaitForSelectorAsync("#action-saved");
        }

        using var centre = await DeskAccounts.ApiAsync(server, "analyst");
        var acted = (await centre.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}", TestContext.Current.CancellationToken)).GetProperty("case");
        var ends = acted.GetProperty("actionedAt").GetDateTimeOffset().AddDays(30);

        await page.ReloadAsync();
        var steps = await page.Locator("ol.timeline li").AllTextContentsAsync();
        Assert.Equal(5, steps.Count);
        Assert.Contains(Restricted(language, ends), steps[3], StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "my-report", language);
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task Sent_empty_every_message_stands_beside_its_field_and_in_the_summary(PageLanguage language)
    {
        await site.StartAsync(["--demo"]);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/report"));
        var page = tab.Page;

        await page.ClickAsync("main form button.button:not(.secondary)");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.StartsWith(language switch { PageLanguage.ZhHans => "错误：", PageLanguage.ZhHant => "錯誤：", _ => "Error: " }, await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.className"));
        var links = await page.Locator(".error-summary li a").AllAsync();
        Assert.Equal(6, links.Count);
        foreach (var link in links)
        {
            var field = (await link.GetAttributeAsync("href"))![1..];
            var message = await page.Locator($"#{field}-error").TextContentAsync();
            Assert.Equal(await link.TextContentAsync(), message);
            Assert.True(
                await page.EvaluateAsync<bool>("id => document.getElementById(id + '-error').closest('.field-error').contains(document.getElementById(id))", field),
                $"the message for {field} is not beside it");
            Assert.Contains(field + "-error", await page.GetAttributeAsync($"#{field}", "aria-describedby") ?? await page.Locator($"#{field}").EvaluateAsync<string>("e => e.closest('fieldset')?.getAttribute('aria-describedby') ?? ''"), StringComparison.Ordinal);
        }

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task My_report_asks_for_the_code_and_answers_a_stranger_without_revealing_anything()
    {
        await site.StartAsync(["--demo"]);
        await using var tab = await browser.OpenAsync(PageLanguage.En, SiteServer.Url("/my-report?reference=R20261130-999999"));
        var page = tab.Page;
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.FillAsync("#Input_Phone", "13800661099");
        await page.ClickAsync("#send-code");
        await page.WaitForSelectorAsync("#demo-code");
        await page.FillAsync("#Input_Code", (await page.TextContentAsync("#demo-code"))!);
        await page.ClickAsync("main form button.button:not(.secondary)");
        await page.WaitForSelectorAsync("#not-found");

        Assert.Contains("We found no report R20261130-999999 sent from 138****1099.", await page.TextContentAsync("#not-found"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("ol.timeline").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);

    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement.id");

    /// <summary>Yesterday 14:30 China time, as the datetime-local field holds it.</summary>
    private static string Yesterday1430() =>
        TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T14:30";

    /// <summary>
    /// Types yesterday 14:30 into the focused datetime-local field segment by segment, as a person does. Chromium
    /// lays the segments out as its own locale writes dates (Debian's: month/day/year, 12-hour clock), so the
    /// order is read from the field's accessibility tree. Each full segment moves on by itself (the field's
    /// min and max tell Chromium a year has four digits).
    /// </summary>
    private static async Task TypeYesterdayAsync(IPage page)
    {
        var day = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddDays(-1);
        var segments = await SegmentsAsync(page);
        var twelveHour = segments.Contains("AM/PM");
        foreach (var segment in segments)
        {
            await page.Keyboard.TypeAsync(segment switch
            {
                "Month" => day.ToString("MM", CultureInfo.InvariantCulture),
                "Day" => day.ToString("dd", CultureInfo.InvariantCulture),
                "Year" => day.ToString("yyyy", CultureInfo.InvariantCulture),
                "Hours" => twelveHour ? "02" : "14",
                "Minutes" => "30",
                "AM/PM" => "P",
                _ => throw new InvalidOperationException($"a datetime-local segment this test does not know: {segment}"),
            });
        }
    }

    /// <summary>The names of the datetime-local field's segments in their order (Month, Day, Year, Hours, Minutes, AM/PM).</summary>
    private static async Task<List<string>> SegmentsAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
        await cdp.DetachAsync();
        List<string> names = [];
        foreach (var node in tree!.Value.GetProperty("nodes").EnumerateArray())
        {
            if (node.TryGetProperty("role", out var role) && role.GetProperty("value").GetString() == "spinbutton"
                && node.TryGetProperty("name", out var name) && name.GetProperty("value").GetString() is { Length: > 0 } text)
            {
                names.Add(text.Split(' ')[0]); // "Month", or "Month Month" when the field is labelled
            }
        }

        return names.Count > 0 ? names : ["Year", "Month", "Day", "Hours", "Minutes"];
    }

    /// <summary>The restriction's sentence as My report writes it, with its end date in China.</summary>
    private static string Restricted(PageLanguage language, DateTimeOffset ends)
    {
        var day = ends.ToOffset(TimeSpan.FromHours(8));
        return language switch
        {
            PageLanguage.ZhHans => $"限制这个号码拨出电话 30 天，到 {day.Year}年{day.Month}月{day.Day}日 为止",
            PageLanguage.ZhHant => $"限制這個號碼撥出電話 30 天，到 {day.Year}年{day.Month}月{day.Day}日 為止",
            _ => $"China Mobile restricted the number’s outgoing calls for 30 days, until {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        };
    }

    private static async Task<long> CaseOfAsync(CallWardenServer server, string reference)
    {
        var key = await server.KeyAsync("reader-" + reference, "analyst", ["cases:read"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{reference}");
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /api/v1/reports/{reference}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("caseId").GetInt64();
    }
}
