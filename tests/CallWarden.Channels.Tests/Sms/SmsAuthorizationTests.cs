using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Channels.Tests.Sms;

/// <summary>
/// The SMS endpoints exist only with the channel on, so the Web authorization matrix never sees them:
/// this is their share of it, with the whole API composed as the executable does.
/// </summary>
public sealed class SmsAuthorizationTests
{
    private const string ReportQuery = "from=13800138000&to=12321&text=13912345678*2026-11-29+14:30&id=auth-1&coding=0&charset=UTF-8";

    /// <summary>Status 4 (buffered) changes nothing, so the delivery report is answered 200 without a sent message.</summary>
    private const string DeliveryQuery = "id=1&status=4";

    [Fact]
    public async Task With_the_sms_channel_on_every_endpoint_states_its_authorization_explicitly()
    {
        await using var app = await SmsTestApp.StartAsync();
        var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var silent = endpoints
            .Where(r => r.Metadata.GetMetadata<IAllowAnonymous>() is null && r.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(r => r.RoutePattern.RawText)
            .ToList();

        Assert.Contains(endpoints, r => r.RoutePattern.RawText == "/sms/mo");
        Assert.Contains(endpoints, r => r.RoutePattern.RawText == "/sms/dlr");
        Assert.Empty(silent);
    }

    [Theory]
    [InlineData("/sms/mo", ReportQuery, null, HttpStatusCode.Unauthorized)]
    [InlineData("/sms/mo", ReportQuery, "not-the-secret", HttpStatusCode.Unauthorized)]
    [InlineData("/sms/mo", ReportQuery, SmsTestApp.Secret, HttpStatusCode.OK)]
    [InlineData("/sms/dlr", DeliveryQuery, null, HttpStatusCode.Unauthorized)]
    [InlineData("/sms/dlr", DeliveryQuery, "not-the-secret", HttpStatusCode.Unauthorized)]
    [InlineData("/sms/dlr", DeliveryQuery, SmsTestApp.Secret, HttpStatusCode.OK)]
    public async Task The_gateway_endpoints_answer_by_the_shared_secret(string path, string query, string? secret, HttpStatusCode expected)
    {
        await using var app = await SmsTestApp.StartAsync();

        using var response = await app.Http.GetAsync(Url(path, query, secret), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/sms/mo", ReportQuery)]
    [InlineData("/sms/dlr", DeliveryQuery)]
    public async Task A_source_outside_the_allowlist_is_forbidden_even_with_the_right_secret(string path, string query)
    {
        await using var app = await SmsTestApp.StartAsync(new() { ["Channels:Sms:AllowedAddresses:0"] = "192.0.2.1" });

        using var response = await app.Http.GetAsync(Url(path, query, SmsTestApp.Secret), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_source_inside_the_allowlist_with_the_right_secret_is_served()
    {
        await using var app = await SmsTestApp.StartAsync(new() { ["Channels:Sms:AllowedAddresses:0"] = "192.0.2.1" });

        // TestServer has no socket: the context's connection is set as Kannel's would be.
        var context = await app.App.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/sms/mo";
            c.Request.QueryString = new QueryString("?" + ReportQuery + "&secret=" + SmsTestApp.Secret);
            c.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.1");
        }, TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    private static string Url(string path, string query, string? secret) =>
        secret is null ? $"{path}?{query}" : $"{path}?{query}&secret={Uri.EscapeDataString(secret)}";
}
