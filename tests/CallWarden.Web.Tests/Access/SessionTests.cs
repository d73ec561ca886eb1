using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Access;

/// <summary>Issue #9 (1): sessions that end, a key ring per deployment, and writes that must come from this site.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private TestApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Web:TrustedProxies:0"] = "10.0.0.7" });
        await _api.Get<AccessAccounts>().CreateUserAsync("ana", Password, AccessRole.Analyst);
        await _api.Get<AccessAccounts>().CreateUserAsync("root", Password, AccessRole.Administrator);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_cookie_of_another_deployment_is_not_accepted_even_for_a_login_of_the_same_name()
    {
        await using var other = await TestApi.StartAsync();
        await other.Get<AccessAccounts>().CreateUserAsync("ana", "another password entirely", AccessRole.Analyst, cancellationToken: TestContext.Current.CancellationToken);
        using var here = await _api.SignInAsync("ana", Password);
        using var there = other.Anonymous();
        there.DefaultRequestHeaders.Add("Cookie", here.DefaultRequestHeaders.GetValues("Cookie"));

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/cases", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await there.GetAsync("/api/v1/cases", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_key_ring_is_kept_in_the_store()
    {
        using var signedIn = await _api.SignInAsync("ana", Password);
        await using var db = _api.Open();

        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains("<key ", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_logout_the_same_cookie_signs_nobody_in()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await _api.SignInAsync("ana", Password);
        using var copy = _api.Anonymous();
        copy.DefaultRequestHeaders.Add("Cookie", client.DefaultRequestHeaders.GetValues("Cookie"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/access/logout", null, ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/cases", ct)).StatusCode);
        await using var db = _api.Open();
        Assert.Equal("logout", (await db.Sessions.SingleAsync(s => s.Subject == "user:ana", ct)).EndReason);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_sessions_at_once_and_refuses_their_next_login()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await _api.SignInAsync("ana", Password);
        using var admin = await _api.SignInAsync("root", Password);

        var disabled = await admin.PostAsync("/api/v1/access/users/ana/disable", null, ct);
        var afterwards = await analyst.GetAsync("/api/v1/cases", ct);
        var login = await _api.Anonymous().PostAsJsonAsync("/api/v1/access/login", new { login = "ana", password = Password }, ct);

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal("This login is disabled; ask an administrator", (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("detail").GetString());
        Assert.False(login.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("%20ana%20x")]
    [InlineData("%E2%80%AEana")]
    [InlineData("%3Cscript%3E")]
    public async Task Disabling_a_login_that_does_not_exist_is_not_found_and_changes_nothing(string login)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await _api.SignInAsync("root", Password);
        using var analyst = await _api.SignInAsync("ana", Password);

        var response = await admin.PostAsync($"/api/v1/access/users/{login}/disable", null, ct);
        var tooLong = await admin.PostAsync($"/api/v1/access/users/{new string('a', 5000)}/disable", null, ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/cases", ct)).StatusCode);
    }

    [Fact]
    public async Task A_session_left_unused_for_its_lifetime_signs_nobody_in()
    {
        using var idle = await _api.SignInAsync("ana", Password);

        _api.Time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("/api/v1/cases", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("forged", "x")]
    [InlineData("", "")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task The_session_store_refuses_tokens_it_did_not_issue(string token, string _)
    {
        Assert.False(await _api.Get<SessionStore>().IsOpenAsync(token, TimeSpan.FromHours(1), TestContext.Current.CancellationToken));
        Assert.False(await _api.Get<SessionStore>().EndAsync(token, "logout", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("https://evil.example", null, HttpStatusCode.Forbidden)]
    [InlineData(null, "https://evil.example/form.html", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", null, HttpStatusCode.BadRequest)]
    [InlineData(null, null, HttpStatusCode.BadRequest)]
    public async Task A_signed_in_write_from_another_site_is_refused(string? origin, string? referer, HttpStatusCode expected)
    {
        using var client = await _api.SignInAsync("root", Password);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/access/users") { Content = JsonContent.Create(new { }) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        Assert.Equal(expected, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "login=x")]
    [InlineData("text/plain", "{}")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task A_signed_in_write_must_be_JSON_which_a_cross_site_form_cannot_send(string contentType, string body)
    {
        using var client = await _api.SignInAsync("root", Password);
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await client.PostAsync("/api/v1/access/users", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("10.0.0.7", true)]
    [InlineData("10.0.0.8", false)]
    public async Task The_cookie_is_Secure_behind_a_TLS_proxy_only_when_the_proxy_is_trusted(string proxy, bool secure)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { login = "ana", password = Password });
        var context = await _api.App.GetTestServer().SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
            c.Request.Method = "POST";
            c.Request.Path = "/api/v1/access/login";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(body);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(204, context.Response.StatusCode);
        var cookie = context.Response.Headers.SetCookie.ToString();
        Assert.StartsWith("callwarden=", cookie, StringComparison.Ordinal);
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
