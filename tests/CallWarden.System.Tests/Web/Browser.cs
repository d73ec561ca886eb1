using CallWarden.System.Tests.Components;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// Debian's Chromium driven by the Playwright driver that the NuGet package copies beside the tests
/// (Playwright never downloads a browser here). Launched on first use rather than when the fixture is
/// built, so that a missing chromium skips the test that asked (or fails it under CI=true).
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    /// <summary>Every page is 1280 px wide, so screenshots are too.</summary>
    public const int Width = 1280;

    private const int Height = 800;

    // No network but loopback: names other than 127.0.0.1 do not resolve, background services stay off.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
        "--metrics-recording-only", "--no-default-browser-check", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A blank page whose context speaks <paramref name="language"/> (for SetContentAsync, or to watch a navigation).</summary>
    internal async Task<BrowserTab> NewTabAsync(PageLanguage language)
    {
        var browser = await LaunchedAsync();
        var context = await browser.NewContextAsync(new()
        {
            Locale = language.Locale,
            ViewportSize = new() { Width = Width, Height = Height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        return new BrowserTab(context, await context.NewPageAsync(), language);
    }

    /// <summary>Opens <paramref name="url"/> as a reader of <paramref name="language"/> would; fails unless it answers 2xx.</summary>
    internal async Task<BrowserTab> OpenAsync(PageLanguage language, Uri url)
    {
        var tab = await NewTabAsync(language);
        var response = await tab.Page.GotoAsync(url.ToString());
        if (response is not { Ok: true })
        {
            var body = response is null ? string.Empty : await response.TextAsync();
            await tab.DisposeAsync();
            Assert.Fail($"GET {url} as {language.Locale} answered {response?.Status}: {body}");
        }

        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
    }

    private async Task<IBrowser> LaunchedAsync()
    {
        await _launch.WaitAsync();
        try
        {
            if (_browser is null)
            {
                var chromium = RequiredTool.Find("chromium", "chromium fonts-noto-cjk");
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = Flags });
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }
}
