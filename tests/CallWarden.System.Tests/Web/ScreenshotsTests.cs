using System.Buffers.Binary;

namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class ScreenshotsTests(Browser browser)
{
    // The harness's own pictures stay beside the tests; docs/screenshots is for the site's pages.
    private static readonly string HarnessFolder = Path.Combine(AppContext.BaseDirectory, "harness-screenshots");

    [Fact]
    public void Page_screenshots_go_to_docs_screenshots_in_the_repository()
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(Screenshots.Folder))!;

        Assert.EndsWith(Path.Combine("docs", "screenshots"), Screenshots.Folder, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repository, "CallWarden.slnx")), repository);
    }

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task A_screenshot_is_the_whole_page_1280_wide_named_by_page_and_language(PageLanguage language)
    {
        await using var tab = await browser.NewTabAsync(language);
        await tab.Page.SetContentAsync(SamplePage.Html(language));

        var first = await Screenshots.SaveAsync(tab.Page, "sample", language, HarnessFolder);
        var again = await Screenshots.SaveAsync(tab.Page, "sample", language, HarnessFolder);

        Assert.Equal(Path.Combine(HarnessFolder, $"sample.{language.Tag}.png"), first);
        Assert.Equal(first, again);
        var png = await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal(Browser.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.True(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)) > 1600, "the whole page, not the 800 px window");
    }
}
