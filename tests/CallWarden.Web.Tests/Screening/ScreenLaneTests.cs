using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Tests.Screening;

/// <summary>
/// The proxy's screening requests are answered before routing (issue #12 part 6); every request the
/// lane does not admit is refused by the endpoint exactly as before. Routing's "endpoint matched"
/// event tells which way a request went.
/// </summary>
public sealed class ScreenLaneTests : IAsyncLifetime, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string Marker = "X-Lane-Test";

    private readonly string _run = Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<string> _routed = new();
    private readonly List<IDisposable> _subscriptions = [];
    private TestApi _api = null!;
    private HttpClient _proxy = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Call => new { caller = "+8613800000001", callee = "13912345678", attest = "A", callid = "lane", src = "10.0.0.1", presentation = "allowed" };

    public async ValueTask InitializeAsync()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        _api = await TestApi.StartAsync();
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        _proxy = _api.WithKey(secret);
    }

    public async ValueTask DisposeAsync()
    {
        _proxy.Dispose();
        await _api.DisposeAsync();
        _subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task A_key_allowed_to_screen_is_answered_without_routing()
    {
        foreach (var contentType in new[] { "application/json", "application/json; charset=utf-8", null })
        {
            using var request = Marked("/api/v1/screen", JsonSerializer.Serialize(Call), contentType);
            using var answered = await _proxy.SendAsync(request, Ct);
            var line = await answered.Content.ReadAsStringAsync(Ct);

            Assert.True(answered.StatusCode == HttpStatusCode.OK, line);
            // With its length, not chunked: the proxy gets the answer in one packet.
            Assert.Equal(Encoding.UTF8.GetByteCount(line), answered.Content.Headers.ContentLength);
            Assert.Equal("allow", JsonDocument.Parse(line).RootElement.GetProperty("action").GetString());
        }

        using var invalid = Marked("/api/v1/screen", """{"caller":"","callee":"x"}""", "application/json");
        using var refused = await _proxy.SendAsync(invalid, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        Assert.Empty(_routed);
    }

    [Fact]
    public async Task What_the_lane_does_not_admit_is_refused_by_the_endpoint_as_before()
    {
        var (_, unscoped) = await _api.Get<AccessAccounts>().CreateKeyAsync("form", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        using var anonymous = _api.Anonymous();
        using var form = _api.WithKey(unscoped);
        using var wrongKey = _api.WithKey("cw_" + new string('a', 43));
        var body = JsonSerializer.Serialize(Call);
        // The proxy's key was admitted just before: that says nothing about the next key.
        using (var admitted = await _proxy.SendAsync(Marked("/api/v1/screen", body, "application/json"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }

        await AssertRefusedAsync(anonymous, Marked("/api/v1/screen", body, "application/json"), HttpStatusCode.Unauthorized);
        await AssertRefusedAsync(wrongKey, Marked("/api/v1/screen", body, "application/json"), HttpStatusCode.Unauthorized);
        await AssertRefusedAsync(form, Marked("/api/v1/screen", body, "application/json"), HttpStatusCode.Forbidden);
        await AssertRefusedAsync(_proxy, Marked("/api/v1/screen", "caller=1", "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType);
        await AssertRefusedAsync(_proxy, Marked("/api/v1/screen", new string(' ', 65 * 1024) + body, "application/json"), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(5, _routed.Count);
    }

    private static async Task AssertRefusedAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode status)
    {
        using (request)
        using (var answer = await client.SendAsync(request, Ct))
        {
            Assert.Equal(status, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }
    }

    private HttpRequestMessage Marked(string path, string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(Marker, _run);
        return request;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.AspNetCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == "Microsoft.AspNetCore.Routing.EndpointMatched"));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is HttpContext http && http.Request.Headers[Marker] == _run)
        {
            _routed.Enqueue(http.Request.Path);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
