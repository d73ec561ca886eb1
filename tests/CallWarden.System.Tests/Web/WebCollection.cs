namespace CallWarden.System.Tests.Web;

/// <summary>
/// The page tests share one Chromium and one server on <see cref="SiteServer.Port"/>; being one collection
/// they run one at a time. A page test:
/// <code>
/// [Collection(nameof(WebCollection))]
/// public sealed class HomePageTests(Browser browser, SiteServer site)
/// {
///     [Theory]
///     [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
///     public async Task Home_page_has_no_serious_accessibility_violations_in_each_language(PageLanguage language)
///     {
///         await site.StartAsync(["--demo"], new Dictionary&lt;string, string&gt; { ["Web__Verification__ShowCodes"] = "true" });
///         await using var tab = await browser.OpenAsync(language, SiteServer.Url("/"));
///         await Axe.AssertNoSeriousViolationsAsync(tab.Page);
///         await Screenshots.SaveAsync(tab.Page, "home", language); // docs/screenshots/home.zh-Hans.png …
///     }
/// }
/// </code>
/// </summary>
[CollectionDefinition(nameof(WebCollection))]
public sealed class WebCollection : ICollectionFixture<Browser>, ICollectionFixture<SiteServer>;
