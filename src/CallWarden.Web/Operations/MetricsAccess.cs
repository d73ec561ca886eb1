using System.Net;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Operations;

/// <summary>
/// Decides <see cref="MetricsAccessRequirement"/>. The figures name no person, but they tell an
/// outsider the load and the backlog: by default only the node itself (a Prometheus beside it) may
/// scrape; from elsewhere it takes a configured address or a key with the <c>metrics</c> scope. The
/// client address is the connection's, or X-Forwarded-For from a trusted proxy only (<see cref="WebOptions.TrustedProxies"/>).
/// </summary>
internal sealed class MetricsAccess(IOptions<MetricsOptions> options) : AuthorizationHandler<MetricsAccessRequirement>
{
    private readonly IReadOnlyList<IPNetwork> _allowed = options.Value.AllowedNetworks();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsAccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fromAllowedAddress = context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address && Allows(address);
        var keyWithScope = Caller.From(context.User) is { IsKey: true } key && key.Scopes.Contains(Scopes.Metrics);
        if (fromAllowedAddress || keyWithScope)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private bool Allows(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (var network in _allowed)
        {
            if (network.Contains(plain))
            {
                return true;
            }
        }

        return false;
    }
}
