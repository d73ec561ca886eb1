using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>Signs a person in on the sign-in page the way they would: the number, the code from the demo banner, the button.</summary>
internal static class BrowserSignIn
{
    /// <summary>From the sign-in page (where a page that needs a phone sent the tab) through to the page that asked.</summary>
    public static async Task CompleteAsync(IPage page, string phone)
    {
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#Phone", phone);
        await page.ClickAsync("button[formaction*='handler=Send']");
        var code = await page.Locator("[data-demo-code]").TextContentAsync();
        Assert.Matches("^[0-9]{6}$", code);
        await page.FillAsync("#Code", code!);
        await page.ClickAsync("button[formaction*='handler=Verify']");
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }
}
