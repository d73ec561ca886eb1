using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Pages;

/// <summary>
/// One reader's browser on the test server, as far as forms need one: cookies kept between requests,
/// the antiforgery token of the last page sent back with each post, redirects followed, one language.
/// </summary>
internal sealed partial class PageSession : IDisposable
{
    private static readonly Uri Site = new("http://localhost/");

    private readonly TestApi _api;
    private readonly CookieContainer _jar;
    private readonly HttpClient _client;

    private PageSession(TestApi api, string acceptLanguage, CookieContainer jar)
    {
        _api = api;
        _jar = jar;
        AcceptLanguage = acceptLanguage;
        _client = new HttpClient(new CookieKeeping(jar) { InnerHandler = api.App.GetTestServer().CreateHandler() }) { BaseAddress = Site };
    }

    public string AcceptLanguage { get; }

    /// <summary>The last page received (after redirects).</summary>
    public string Html { get; private set; } = string.Empty;

    public HttpStatusCode Status { get; private set; }

    /// <summary>Where the last request ended up.</summary>
    public string Path { get; private set; } = string.Empty;

    public static PageSession Open(TestApi api, string acceptLanguage = "zh-CN") => new(api, acceptLanguage, new CookieContainer());

    /// <summary>A second tab of the same browser as it is now: the same cookies, from here on kept apart (a double click's second request).</summary>
    public PageSession Fork()
    {
        var jar = new CookieContainer();
        foreach (Cookie cookie in _jar.GetAllCookies())
        {
            jar.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return new PageSession(_api, AcceptLanguage, jar) { Html = Html, Path = Path };
    }

    public async Task<string> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    /// <summary>Posts <paramref name="fields"/> as multipart form data with the antiforgery token of the last page.</summary>
    public async Task<string> PostAsync(string path, IEnumerable<KeyValuePair<string, string?>> fields, PageFile? file = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(Token(Html)), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        if (file is not null)
        {
            var bytes = new ByteArrayContent(file.Bytes);
            bytes.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            form.Add(bytes, file.Field, file.FileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        return await SendAsync(request);
    }

    /// <summary>The text of the message beside a field (<c>Input_Target</c>), or null when it has none.</summary>
    public string? ErrorOf(string fieldId)
    {
        var match = Regex.Match(Html, $"<span class=\"error-message\" id=\"{Regex.Escape(fieldId)}-error\">(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The error summary's items: the field each links to and its text.</summary>
    public IReadOnlyList<(string FieldId, string Text)> Summary() =>
        [.. SummaryItem().Matches(Html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];

    /// <summary>The hidden fields of the last page's forms (but the antiforgery token, which every post adds itself).</summary>
    public Dictionary<string, string?> HiddenFields() =>
        HiddenField().Matches(Html).Where(m => m.Groups[1].Value != "__RequestVerificationToken")
            .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => (string?)WebUtility.HtmlDecode(g.First().Groups[2].Value), StringComparer.Ordinal);

    /// <summary>The text of the element with <paramref name="id"/> (first level only), or null.</summary>
    public string? TextOf(string id)
    {
        var match = Regex.Match(Html, $"id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public void Dispose() => _client.Dispose();

    private async Task<string> SendAsync(HttpRequestMessage request)
    {
        for (var hops = 0; ; hops++)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", AcceptLanguage);
            using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops < 5)
            {
                var next = new Uri(Site, response.Headers.Location!);
                request.Dispose();
                request = new HttpRequestMessage(HttpMethod.Get, next);
                continue;
            }

            Status = response.StatusCode;
            Path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.PathAndQuery : request.RequestUri.OriginalString;
            Html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            return Html;
        }
    }

    private static string Token(string html)
    {
        var match = TokenField().Match(html);
        return match.Success ? match.Groups[1].Value : string.Empty;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("<li><a href=\"#([^\"]+)\">(.*?)</a></li>", RegexOptions.Singleline)]
    private static partial Regex SummaryItem();

    /// <summary>Keeps cookies as a browser does: sends those of the site, stores what the answers set.</summary>
    private sealed class CookieKeeping(CookieContainer jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = new Uri(Site, request.RequestUri!);
            var cookies = jar.GetCookieHeader(uri);
            if (cookies.Length > 0)
            {
                request.Headers.Remove("Cookie");
                request.Headers.TryAddWithoutValidation("Cookie", cookies);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    jar.SetCookies(uri, cookie);
                }
            }

            return response;
        }
    }
}

/// <summary>A file chosen in a form's file field.</summary>
internal sealed record PageFile(string Field, string FileName, string ContentType, byte[] Bytes);
