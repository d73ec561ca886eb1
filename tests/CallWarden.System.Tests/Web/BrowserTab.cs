using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>A page in its own browser context (own cookies, own locale); disposing closes the context.</summary>
internal sealed class BrowserTab(IBrowserContext context, IPage page, PageLanguage language) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public PageLanguage Language { get; } = language;

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
