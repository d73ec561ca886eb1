using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Core.Reputation;

namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class LookupPageTests(Browser browser, SiteServer site)
{
    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_labelled_demo_number_shows_its_label_and_draws_its_weekly_chart(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"]);
        var (number, category, reporters, restricted) = await DemoNumbers.MostReportedLabelledAsync(server);
        var e164 = "+" + number.ToString(CultureInfo.InvariantCulture);

        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/numbers/" + e164));

        var label = ReputationLabel.Format(category, reporters, Display(language));
        Assert.Equal(label, (await tab.Page.Locator(".headline").TextContentAsync())?.Trim());
        Assert.Equal(26, await tab.Page.Locator("table[data-chart] tbody tr").CountAsync());
        Assert.Equal(restricted ? 1 : 0, await tab.Page.Locator("ul.enforcement li").CountAsync());
        await tab.Page.WaitForSelectorAsync("table[data-chart-drawn]");
        var painted = await tab.Page.EvaluateAsync<int>(
            """
            () => {
              const canvas = document.querySelector('.chart canvas');
              if (!canvas || canvas.width === 0 || canvas.height === 0) { return 0; }
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let alpha = 3; alpha < pixels.length; alpha += 4) { if (pixels[alpha] !== 0) { painted++; } }
              return painted;
            }
            """);
        Assert.True(painted > 500, $"the chart canvas has {painted} painted pixels");
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "lookup", language);
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task The_lookup_box_with_a_mistake_names_it_beside_the_field(PageLanguage language)
    {
        await site.StartAsync(["--demo"]);

        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/numbers?number=" + Uri.EscapeDataString("139一二三")));

        await tab.Page.WaitForFunctionAsync("document.activeElement && document.activeElement.classList.contains('error-summary')");
        Assert.True(await tab.Page.Locator("#number-error").IsVisibleAsync());
        Assert.Equal("139一二三", await tab.Page.Locator("#number").InputValueAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "lookup-error", language);
    }

    private static DisplayLanguage Display(PageLanguage language) => language switch
    {
        PageLanguage.ZhHant => DisplayLanguage.ZhHant,
        PageLanguage.En => DisplayLanguage.En,
        _ => DisplayLanguage.ZhHans,
    };
}
