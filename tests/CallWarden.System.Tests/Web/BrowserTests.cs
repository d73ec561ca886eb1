using Xunit.Sdk;

namespace CallWarden.System.Tests.Web;

[Collection(nameof(WebCollection))]
public sealed class BrowserTests(Browser browser, SiteServer site)
{
    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task Each_language_reaches_the_server_with_its_own_Accept_Language(PageLanguage language)
    {
        await site.StartAsync();
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/openapi/v1.json"));

        Assert.Contains("\"openapi\"", await tab.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(language.Locale, await tab.Page.EvaluateAsync<string>("navigator.language"));
        var again = await tab.Page.ReloadAsync();
        Assert.NotNull(again);
        Assert.Equal(language.Locale, await again.Request.HeaderValueAsync("accept-language"));
    }

    [Fact]
    public async Task Opening_a_page_the_server_does_not_have_fails_with_its_status()
    {
        await site.StartAsync();

        var failure = await Assert.ThrowsAsync<FailException>(() => browser.OpenAsync(PageLanguage.En, SiteServer.Url("/no-such-page")));

        Assert.Contains("answered 404", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PageLanguage.ZhHans, "举", "报")]
    [InlineData(PageLanguage.ZhHant, "舉", "報")]
    public async Task Chinese_characters_are_drawn_from_a_font_not_as_empty_boxes(PageLanguage language, string one, string other)
    {
        await using var tab = await browser.NewTabAsync(language);

        // Without a CJK font (fonts-noto-cjk) every character is the same empty box, so two different ones draw alike.
        var differ = await tab.Page.EvaluateAsync<bool>(
            """
            ([one, other]) => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 48;
              const pen = canvas.getContext('2d');
              const draw = text => {
                pen.clearRect(0, 0, 48, 48);
                pen.font = '40px sans-serif';
                pen.fillText(text, 4, 40);
                return pen.getImageData(0, 0, 48, 48).data.join();
              };
              return draw(one) !== draw(other);
            }
            """,
            new[] { one, other });

        Assert.True(differ, $"'{one}' and '{other}' are drawn alike, as empty boxes: apt-get install -y --no-install-recommends fonts-noto-cjk");
    }
}
