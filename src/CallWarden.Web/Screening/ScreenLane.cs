using System.Security.Claims;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>
/// The SIP proxy's way in: <c>POST /api/v1/screen</c> with a key allowed to screen is answered here,
/// before routing, status pages, cookies and the rate limiter, which a machine's screening request
/// does not need and which cost about a third of its CPU (issue #12 part 6). It still passes the key
/// check (<see cref="ApiKeyVerifier"/>, as the authentication handler does), the endpoint's own policy
/// (<see cref="Policies.Screen"/>) and the body limit. Any request it does not admit — no key, a
/// refused key, a body declared too long or of another type than JSON (routing answers 415) — goes
/// on through the whole pipeline to the endpoint, which refuses it as every API endpoint does.
/// </summary>
internal sealed class ScreenLane(
    RequestDelegate next, ApiKeyVerifier keys, IAuthorizationService authorization, IAuthorizationPolicyProvider policies, EndpointDataSource endpoints, IOptions<WebOptions> options)
{
    private readonly long _bodyLimit = options.Value.MaxRequestBodyBytes;
    private AuthorizationPolicy? _screenPolicy;

    // The last key identity the Screen policy admitted. The verifier hands out one principal per key
    // for as long as it trusts the key, so the proxy's stream of requests is judged once per principal
    // rather than once per call; a key verified anew (or another key) is judged again.
    private ClaimsPrincipal? _admitted;
    private Endpoint? _endpoint;

    // Resolved with the first screening, not with the pipeline: its memory of recent calls is large,
    // and a node that never screens (or a test host of the pages) should not hold it.
    private ScreenHandler? _handler;

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method)
            || !request.Path.Equals(ScreenApi.Path, StringComparison.OrdinalIgnoreCase)
            || ApiKeyAuthenticationHandler.PresentedKey(request) is not { } presented
            || !(ScreenRequestReader.IsUtf8Json(request.ContentType) || request.HasJsonContentType()))
        {
            await next(http);
            return;
        }

        _screenPolicy ??= await policies.GetPolicyAsync(Policies.Screen) ?? throw new InvalidOperationException($"No authorization policy {Policies.Screen}");
        var (principal, _) = await keys.VerifyAsync(presented, http.RequestAborted);
        if (principal is null
            || (!ReferenceEquals(principal, _admitted) && !await AdmitsAsync(principal))
            || !RequestBodyLimit.Admits(http, _bodyLimit))
        {
            await next(http);
            return;
        }

        http.User = principal;
        // The route's endpoint, so that the request log and the HTTP metrics name the route as for any other request.
        http.SetEndpoint(_endpoint ??= ScreenEndpoint());
        _handler ??= http.RequestServices.GetRequiredService<ScreenHandler>();
        var answer = await _handler.ScreenAsync(http);
        await answer.ExecuteAsync(http);
    }

    private async Task<bool> AdmitsAsync(ClaimsPrincipal principal)
    {
        if (!(await authorization.AuthorizeAsync(principal, null, _screenPolicy!)).Succeeded)
        {
            return false;
        }

        _admitted = principal;
        return true;
    }

    private Endpoint ScreenEndpoint() =>
        endpoints.Endpoints.Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == ScreenApi.EndpointName);
}
