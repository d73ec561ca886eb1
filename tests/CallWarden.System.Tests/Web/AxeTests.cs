using Xunit.Sdk;

namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class AxeTests(Browser browser)
{
    [Fact]
    public async Task An_accessible_Chinese_page_passes()
    {
        await using var tab = await browser.NewTabAsync(PageLanguage.ZhHans);
        await tab.Page.SetContentAsync(SamplePage.Html(PageLanguage.ZhHans));

        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
    }

    [Fact]
    public async Task Each_serious_violation_is_listed_with_its_rule_impact_target_and_help()
    {
        await using var tab = await browser.NewTabAsync(PageLanguage.ZhHans);
        // No lang, no title, an image without alt text, an input without a label.
        await tab.Page.SetContentAsync(
            """<html><body><img id="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input id="phone"></body></html>""");

        var failure = await Assert.ThrowsAsync<FailException>(() => Axe.AssertNoSeriousViolationsAsync(tab.Page));

        Assert.Contains("- image-alt (critical): Images must have alternative text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at #logo:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- label (critical): Form elements must have labels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at #phone:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- html-has-lang (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message, StringComparison.Ordinal);
    }
}
