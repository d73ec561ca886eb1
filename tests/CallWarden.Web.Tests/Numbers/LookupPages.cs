using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Numbers;

/// <summary>GETs a lookup page as a browser of one language would, without following redirects.</summary>
internal static class LookupPages
{
    public sealed record Answer(HttpStatusCode Status, string Body, string? Location);

    public static async Task<Answer> GetAsync(TestApi api, string path, string acceptLanguage = "zh-CN")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await api.App.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Answer(response.StatusCode, body, response.Headers.Location?.OriginalString);
    }

    /// <summary>A page that must answer 200, with its character references decoded (Razor writes + as &amp;#x2B;).</summary>
    public static async Task<string> PageAsync(TestApi api, string path, string acceptLanguage = "zh-CN")
    {
        var answer = await GetAsync(api, path, acceptLanguage);
        Assert.True(answer.Status == HttpStatusCode.OK, $"GET {path} answered {(int)answer.Status} {answer.Location}: {answer.Body}");
        return WebUtility.HtmlDecode(answer.Body);
    }
}
