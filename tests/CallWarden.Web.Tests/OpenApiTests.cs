using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Web.Tests.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Tests;

public sealed class OpenApiTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_document_is_served_and_lists_every_api_route()
    {
        var document = await world.Client(Identity.Anonymous).GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var mapped = world.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .Select(e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()} {Documented(e.RoutePattern.RawText!)}");

        Assert.Equal(mapped.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    /// <summary>OpenAPI writes routes without constraints or a trailing slash: <c>/api/v1/cases/{id}</c>.</summary>
    private static string Documented(string route) => route.Replace(":long", string.Empty, StringComparison.Ordinal).Replace(":int", string.Empty, StringComparison.Ordinal).TrimEnd('/');
}
