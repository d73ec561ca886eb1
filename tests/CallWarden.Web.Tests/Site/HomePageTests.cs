using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Site;

public sealed class HomePageTests : IAsyncLifetime
{
    private TestApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Web:ReportMailbox"] = "report@12321.example" });

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans", "被骚扰电话和垃圾短信困扰？", "中国移动")]
    [InlineData("zh-TW", "zh-Hant", "被騷擾電話和垃圾短信困擾？", "中國移動")]
    [InlineData("zh-HK,en;q=0.5", "zh-Hant", "被騷擾電話和垃圾短信困擾？", "中國移動")]
    [InlineData("en-GB,en;q=0.9", "en", "Plagued by nuisance calls or spam texts?", "China Mobile")]
    [InlineData("fr-FR", "zh-Hans", "被骚扰电话和垃圾短信困扰？", "中国移动")]
    [InlineData("", "zh-Hans", "被骚扰电话和垃圾短信困扰？", "中国移动")]
    public async Task The_home_page_is_written_in_the_readers_language(string acceptLanguage, string tag, string heading, string carrier)
    {
        var page = await GetAsync("/", acceptLanguage);

        Assert.Contains($"<html lang=\"{tag}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<strong>10086999</strong> {carrier}", page, StringComparison.Ordinal);
        Assert.Contains("report@12321.example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_leads_to_every_part_of_the_site()
    {
        var page = await GetAsync("/", "zh-CN");

        foreach (var link in new[] { "href=\"/report\"", "action=\"/numbers\"", "href=\"/my-report\"", "href=\"/protection\"", "href=\"/statistics\"" })
        {
            Assert.Contains(link, page, StringComparison.Ordinal);
        }

        Assert.Contains("13912345678*2026-11-29 14:30", page, StringComparison.Ordinal); // yesterday, China time
        Assert.Contains("110", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_is_remembered_over_the_browsers_language()
    {
        var client = _api.App.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/language/en?back=%2Fstatistics%3Fx%3D1");
        request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN");
        using var switched = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/statistics?x=1", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("cw-lang=en;", cookie, StringComparison.Ordinal);

        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN");
        home.Headers.TryAddWithoutValidation("Cookie", "cw-lang=en");
        var page = await (await client.SendAsync(home, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task The_language_switch_only_returns_to_pages_of_this_site(string back)
    {
        using var response = await _api.App.GetTestClient().GetAsync($"/language/zh-Hant?back={Uri.EscapeDataString(back)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("zh-CN")]
    [InlineData("%3Cscript%3E")]
    public async Task A_language_the_site_does_not_write_is_not_found_and_sets_nothing(string tag)
    {
        using var response = await _api.App.GetTestClient().GetAsync($"/language/{tag}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_page_reached_with_a_huge_query_offers_the_language_switch_back_to_its_path_only()
    {
        var page = await GetAsync("/?q=" + new string('x', 3000), "zh-CN");

        Assert.Contains("href=\"/language/en?back=%2F\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_with_an_unknown_language_falls_back_to_the_browsers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "zh-TW");
        request.Headers.TryAddWithoutValidation("Cookie", "cw-lang=xx-<b>");
        var page = await (await _api.App.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"zh-Hant\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_beside_the_executable()
    {
        using var response = await _api.App.GetTestClient().GetAsync("/assets/site.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> GetAsync(string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _api.App.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
