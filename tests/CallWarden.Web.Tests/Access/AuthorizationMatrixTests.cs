using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Tests.Access;

/// <summary>Every endpoint, called as every identity, answers the status its policy promises.</summary>
public sealed class AuthorizationMatrixTests(World world) : IClassFixture<World>
{
    private static readonly Identity[] Everyone = Enum.GetValues<Identity>();

    /// <summary>The case id and report reference are the world's: the first case and report of a fresh store.</summary>
    private static readonly Endpoint[] Endpoints =
    [
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", _ => 200),
        new("GET", "/language/{tag}", "/language/en?back=%2F", _ => 302),
        new("GET", "/statistics.json", "/statistics.json", _ => 200),
        new("GET", "/statistics.csv", "/statistics.csv", _ => 200),
        new("GET", "/api/v1/numbers/{number}", $"/api/v1/numbers/{World.Number}", _ => 200),
        new("GET", "/api/v1/reports/{reference}", "/api/v1/reports/{reference}", i => i is Identity.Analyst or Identity.Administrator or Identity.AnalystKey or Identity.Reporter ? 200 : 404),
        // A phone alone proves nothing (issue #9): it takes a code, a token or the reporter's own session.
        new("GET", "/api/v1/reports/{reference}", $"/api/v1/reports/{{reference}}?phone={World.ReporterPhones[0]}", i => i is Identity.Analyst or Identity.Administrator or Identity.AnalystKey or Identity.Reporter ? 200 : 404),
        new("POST", "/api/v1/reports/{reference}/code", "/api/v1/reports/{reference}/code", _ => 400, HasBody: true),
        new("POST", "/api/v1/reports/", "/api/v1/reports", i => Allowed(i, 400, 0, Identity.Analyst, Identity.Administrator, Identity.ClientKey, Identity.Reporter, Identity.Subscriber), HasBody: true),
        new("GET", "/api/v1/cases/", "/api/v1/cases", i => Allowed(i, 200, 0, Identity.Analyst, Identity.MobileOperator, Identity.UnicomOperator, Identity.PoliceLiaison, Identity.Administrator, Identity.AnalystKey, Identity.MobileKey)),
        new("GET", "/api/v1/cases/{id:long}", "/api/v1/cases/{case}", i => OneCase(i, 200, Identity.Analyst, Identity.MobileOperator, Identity.Administrator, Identity.AnalystKey, Identity.MobileKey, Identity.PoliceLiaison)),
        new("GET", "/api/v1/cases/{id:long}", "/api/v1/cases/{case}?unmask=true", i => i == Identity.PoliceLiaison ? 404 : OneCase(i, 200, Identity.Analyst, Identity.AnalystKey)),
        Triage("verify"),
        Triage("route"),
        Triage("merge"),
        Triage("reject"),
        Triage("dispute"),
        Triage("resolve"),
        Triage("close"),
        new("POST", "/api/v1/cases/{id:long}/actions", "/api/v1/cases/{case}/actions", i => OneCase(i, 400, Identity.MobileOperator, Identity.MobileKey), HasBody: true),
        new("GET", "/api/v1/stats/summary", "/api/v1/stats/summary", i => Allowed(i, 200, 0, Identity.Analyst, Identity.MobileOperator, Identity.UnicomOperator, Identity.PoliceLiaison, Identity.Administrator, Identity.AnalystKey)),
        new("POST", "/api/v1/access/login", "/api/v1/access/login", _ => 400, HasBody: true),
        new("POST", "/api/v1/access/logout", "/api/v1/access/logout", i => i is Identity.Anonymous or Identity.RevokedKey ? 401 : 204),
        new("POST", "/api/v1/access/users", "/api/v1/access/users", i => Allowed(i, 400, 0, Identity.Administrator), HasBody: true),
        new("POST", "/api/v1/access/users/{login}/disable", "/api/v1/access/users/nobody/disable", i => Allowed(i, 404, 0, Identity.Administrator)),
        new("POST", "/api/v1/access/users/{login}/enable", "/api/v1/access/users/nobody/enable", i => Allowed(i, 404, 0, Identity.Administrator)),
        new("POST", "/api/v1/access/users/{login}/role", "/api/v1/access/users/nobody/role", i => Allowed(i, 400, 0, Identity.Administrator), HasBody: true),
        new("POST", "/api/v1/access/keys", "/api/v1/access/keys", i => Allowed(i, 400, 0, Identity.Administrator), HasBody: true),
        new("POST", "/api/v1/screen", "/api/v1/screen", i => Allowed(i, 400, 0, Identity.ScreenKey), HasBody: true),
        new("GET", "/api/v1/subscribers/{number}/decisions", $"/api/v1/subscribers/{World.Subscriber}/decisions", i => Allowed(i, 200, 0, Identity.Subscriber, Identity.Administrator)),
        new("GET", "/api/v1/me/data", "/api/v1/me/data", i => Allowed(i, 200, 0, Identity.Reporter, Identity.Subscriber)),
        new("PUT", "/api/v1/me/contact", "/api/v1/me/contact", i => Allowed(i, 400, 0, Identity.Reporter, Identity.Subscriber), HasBody: true),
        // Without {"confirm": true} nothing is withdrawn: the matrix's people keep their data.
        new("POST", "/api/v1/me/withdrawal", "/api/v1/me/withdrawal", i => Allowed(i, 400, 0, Identity.Reporter, Identity.Subscriber), HasBody: true),
        new("DELETE", "/api/v1/access/keys/{id:long}", "/api/v1/access/keys/999999", i => Allowed(i, 404, 0, Identity.Administrator)),
        // Probes carry no credentials; /metrics wants an allowed address (the test server's requests have none) or a key with `metrics`.
        new("GET", "/healthz", "/healthz", _ => 200),
        new("GET", "/readyz", "/readyz", _ => 200),
        new("GET", "/metrics", "/metrics", i => Allowed(i, 200, 0, Identity.MetricsKey)),
        Rules("GET", "/", 200),
        Rules("GET", "/", 200, World.OtherSubscriber),
        Rules("PUT", "/", 400),
        Rules("POST", "/entries", 400),
        Rules("POST", "/entries", 400, World.OtherSubscriber),
        Rules("DELETE", "/entries", 404, query: "?pattern=0755*"),
        Rules("POST", "/dry-run", 400),
        Refusals("GET", "/", World.Subscriber),
        Refusals("GET", "/", World.OtherSubscriber),
        Refusals("POST", "/", World.Subscriber),
        Refusals("POST", "/withdraw", World.Subscriber),
        Refusals("POST", "/withdraw", "+85291234567"),
        // A business has no account before it is approved: anyone may apply.
        new("POST", "/api/v1/registry/businesses", "/api/v1/registry/businesses", _ => 400, HasBody: true),
        new("GET", "/api/v1/registry/businesses/", "/api/v1/registry/businesses", i => Allowed(i, 200, 0, Identity.Administrator)),
        new("POST", "/api/v1/registry/businesses/{id:int}/approve", "/api/v1/registry/businesses/999999/approve", i => Allowed(i, 404, 0, Identity.Administrator)),
        new("POST", "/api/v1/registry/scrub", "/api/v1/registry/scrub", i => Allowed(i, 400, 0, Identity.ScrubKey), HasBody: true),
        new("POST", "/api/v1/registry/businesses/{id:int}/refuse", "/api/v1/registry/businesses/999999/refuse", i => Allowed(i, 404, 0, Identity.Administrator), HasBody: true),
    ];

    public static TheoryData<int, Identity> Matrix()
    {
        var data = new TheoryData<int, Identity>();
        for (var e = 0; e < Endpoints.Length; e++)
        {
            foreach (var identity in Everyone)
            {
                data.Add(e, identity);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Every_endpoint_answers_every_identity_as_its_policy_says(int endpoint, Identity identity)
    {
        var e = Endpoints[endpoint];
        var path = e.Path.Replace("{case}", world.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{reference}", world.Reference, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(e.Method), path);
        if (e.HasBody)
        {
            request.Content = JsonContent.Create(new { });
        }

        // Logging out ends the session: that row gets a session of its own, so that the others keep theirs.
        var client = e.Route == "/api/v1/access/logout" ? await world.OwnSessionAsync(identity) : world.Client(identity);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(e.Expected(identity) == (int)response.StatusCode, $"{e} as {identity}: expected {e.Expected(identity)}, got {(int)response.StatusCode}");
    }

    [Fact]
    public void The_matrix_covers_every_endpoint()
    {
        var mapped = RouteEndpoints().Select(r => $"{Method(r)} {r.RoutePattern.RawText}").ToHashSet(StringComparer.Ordinal);
        var covered = Endpoints.Select(e => $"{e.Method} {e.Route}").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(mapped.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_endpoint_states_its_authorization_explicitly()
    {
        var silent = RouteEndpoints()
            .Where(r => r.Metadata.GetMetadata<IAllowAnonymous>() is null && r.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(r => r.RoutePattern.RawText)
            .ToList();

        Assert.Empty(silent);
    }

    /// <summary>The API's endpoints; the pages have their own matrix (<c>Site/PageAuthorizationTests</c>).</summary>
    private List<RouteEndpoint> RouteEndpoints() =>
        [.. world.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(r => r.Metadata.GetMetadata<PageActionDescriptor>() is null)];

    private static string Method(RouteEndpoint r) => r.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Single() ?? "ANY";

    private static Endpoint Triage(string action) =>
        new("POST", $"/api/v1/cases/{{id:long}}/{action}", $"/api/v1/cases/{{case}}/{action}", i => Allowed(i, 400, 0, Identity.Analyst, Identity.Administrator, Identity.AnalystKey), HasBody: true);

    /// <summary>A rules endpoint: administrators, keys with <c>rules</c> and the subscriber themself, for <see cref="World.Subscriber"/> only.</summary>
    private static Endpoint Rules(string method, string tail, int status, string number = World.Subscriber, string query = "") =>
        new(method, "/api/v1/subscribers/{number}/rules" + tail, $"/api/v1/subscribers/{number}/rules{tail.TrimEnd('/')}{query}",
            i => Allowed(i, status, 0, number == World.Subscriber ? [Identity.Administrator, Identity.RulesKey, Identity.Subscriber] : [Identity.Administrator, Identity.RulesKey]),
            HasBody: method is "PUT" or "POST");

    /// <summary>
    /// A subscriber's refusals: administrators, the subscriber themself, and the subscriber's carrier's app
    /// (China Mobile's, for <see cref="World.Subscriber"/> and <see cref="World.OtherSubscriber"/>; a Hong Kong number is no carrier's of ours).
    /// </summary>
    private static Endpoint Refusals(string method, string tail, string number) =>
        new(method, "/api/v1/registry/refusals/{number}" + tail, $"/api/v1/registry/refusals/{Uri.EscapeDataString(number)}{tail.TrimEnd('/')}",
            i => Allowed(i, 200, 0, number == World.Subscriber ? [Identity.Administrator, Identity.RefusalsKey, Identity.Subscriber] : number == World.OtherSubscriber ? [Identity.Administrator, Identity.RefusalsKey] : [Identity.Administrator]),
            HasBody: method == "POST");

    /// <summary><paramref name="allowed"/> get <paramref name="status"/>; the unauthenticated 401; everyone else 403 (or <paramref name="otherwise"/> when set).</summary>
    private static int Allowed(Identity identity, int status, int otherwise, params Identity[] allowed) =>
        allowed.Contains(identity) ? status
        : identity is Identity.Anonymous or Identity.RevokedKey ? 401
        : otherwise != 0 ? otherwise : 403;

    /// <summary>
    /// As <see cref="Allowed"/>, but a caller the policy lets in whose scope the case is outside does not
    /// learn it exists: 404. That is another carrier's operator, and the police for this harassment case.
    /// </summary>
    private static int OneCase(Identity identity, int status, params Identity[] allowed) =>
        identity is Identity.UnicomOperator || (identity is Identity.PoliceLiaison && allowed.Contains(identity)) ? 404 : Allowed(identity, status, 0, allowed);
}
