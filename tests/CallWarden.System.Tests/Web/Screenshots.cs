using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// Full-page PNGs of the public pages for the documentation: docs/screenshots/&lt;page&gt;.&lt;zh-Hans|zh-Hant|en&gt;.png
/// in the repository, 1280 px wide. A rerun overwrites the same files.
/// </summary>
internal static partial class Screenshots
{
    public static string Folder => Path.Combine(RepositoryRoot(), "docs", "screenshots");

    /// <summary>Saves <paramref name="page"/> as docs/screenshots/<paramref name="name"/>.&lt;tag&gt;.png and returns the path.</summary>
    public static Task<string> SaveAsync(IPage page, string name, PageLanguage language) => SaveAsync(page, name, language, Folder);

    /// <summary>The same into another folder (the harness's own pictures are not documentation).</summary>
    public static async Task<string> SaveAsync(IPage page, string name, PageLanguage language, string folder)
    {
        Assert.True(PageName().IsMatch(name), $"screenshot name '{name}': lower-case letters, digits and dashes only");
        if (page.ViewportSize?.Width != Browser.Width)
        {
            await page.SetViewportSizeAsync(Browser.Width, page.ViewportSize?.Height ?? 800);
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.{language.Tag}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CallWarden.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds CallWarden.slnx");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex PageName();
}
