using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Site;

/// <summary>
/// A person reading the pages with a browser's habits the test server lacks: cookies kept between
/// requests, the anti-forgery token of the last page sent back with a form, redirects followed on
/// request, and one <c>Accept-Language</c>.
/// </summary>
internal sealed partial class PageVisitor(TestApi api, string acceptLanguage = "zh-CN") : IDisposable
{
    private readonly HttpClient _client = api.App.GetTestClient();
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>The anti-forgery token of the last page that had a form, as a browser's back button keeps it.</summary>
    private string? _token;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The last page read (the body of the last HTML answer, whatever its status).</summary>
    public string Html { get; private set; } = string.Empty;

    /// <summary>The last page read with its character references decoded (Razor writes + as &amp;#x2B;).</summary>
    public string Text => WebUtility.HtmlDecode(Html);

    public bool HasCookie(string name) => _cookies.ContainsKey(name);

    public async Task<PageAnswer> GetAsync(string path, bool follow = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, follow);
    }

    /// <summary>Posts a form with the anti-forgery token of the last page that had a form.</summary>
    public async Task<PageAnswer> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool follow = true)
    {
        Assert.True(_token is not null, "no page read so far holds a form with an anti-forgery token");
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", _token)]),
        };
        return await SendAsync(request, follow);
    }

    public Task<PageAnswer> PostAsync(string path, params (string Name, string Value)[] fields) =>
        PostAsync(path, fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    /// <summary>The code the demo banner shows on the last page read.</summary>
    public string DemoCode()
    {
        var code = DemoCodeText().Match(Html);
        Assert.True(code.Success, "the page shows no demo code");
        return code.Groups[1].Value;
    }

    /// <summary>Signs in with <paramref name="phone"/> through the sign-in page (the codes must be shown), landing on <paramref name="returnUrl"/>.</summary>
    public async Task<PageAnswer> SignInAsync(string phone, string returnUrl = "/protection")
    {
        await GetAsync($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await PostAsync("/sign-in?handler=Send", ("ReturnUrl", returnUrl), ("Phone", phone));
        return await PostAsync("/sign-in?handler=Verify", ("ReturnUrl", returnUrl), ("Phone", phone), ("Code", DemoCode()));
    }

    /// <summary>The message beside the field with this id, decoded; null when there is none.</summary>
    public string? ErrorBeside(string id)
    {
        var match = Regex.Match(Html, $"<span class=\"error-message\" id=\"{Regex.Escape(id)}-error\"><span class=\"visually-hidden\">[^<]*</span>([^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The texts of the error summary's links.</summary>
    public IReadOnlyList<string> ErrorSummary() =>
        [.. SummaryItem().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public void Dispose() => _client.Dispose();

    private async Task<PageAnswer> SendAsync(HttpRequestMessage request, bool follow)
    {
        for (var hops = 0; ; hops++)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
            if (_cookies.Count > 0)
            {
                request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            using var response = await _client.SendAsync(request, Ct);
            Remember(response);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var location = response.Headers.Location?.OriginalString;
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                Html = body;
                var token = Token().Match(body);
                _token = token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : _token;
            }

            if (!follow || location is null || response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || hops > 5)
            {
                return new PageAnswer(response.StatusCode, location, body);
            }

            request.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri("http://localhost"), location).PathAndQuery);
        }
    }

    private void Remember(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var pair = cookie.Split(';', 2)[0].Split('=', 2);
            var gone = pair[1].Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            if (gone)
            {
                _cookies.Remove(pair[0]);
            }
            else
            {
                _cookies[pair[0]] = pair[1];
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"data-demo-code>(\d{6})<")]
    private static partial Regex DemoCodeText();

    [GeneratedRegex("<li><a href=\"#[^\"]*\">([^<]*)</a></li>")]
    private static partial Regex SummaryItem();
}
