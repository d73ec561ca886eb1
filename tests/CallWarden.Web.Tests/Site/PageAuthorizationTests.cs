using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Tests.Site;

/// <summary>Every page states who may open it, and the list of pages is the one this test knows.</summary>
public sealed class PageAuthorizationTests(World world) : IClassFixture<World>
{
    /// <summary>Route → the policy it requires, or null for a public page.</summary>
    private static readonly Dictionary<string, string?> Pages = new(StringComparer.Ordinal)
    {
        [""] = null,
        ["numbers"] = null,
        ["numbers/{number}"] = null,
        ["statistics"] = null,
        ["sign-in"] = null,
        ["sign-out"] = null,
        ["protection"] = "phone-signed-in",
        ["privacy"] = null,
        ["privacy/accept"] = "phone-signed-in",
        ["privacy/declined"] = null,
        ["my-data"] = "phone-signed-in",
        ["my-data/contact"] = "phone-signed-in",
        ["my-data/withdraw"] = "phone-signed-in",
        ["my-data/withdrawn"] = null,
        ["numbers/{number}/legitimate"] = "phone-signed-in",
        ["report"] = null,
        ["report/check"] = null,
        ["report/done/{reference}"] = null,
        ["my-report"] = null,
        ["status/{code:int}"] = null,
        ["desk"] = "desk",
        ["desk/sign-in"] = null,
        ["desk/cases/{id:long}/action"] = "desk,cases:carrier-actions",
        ["desk/scorecard"] = "desk,cases:carrier-actions",
        ["desk/cases/{id:long}/contacts"] = "police-desk",
        ["desk/cases/{id:long}/dossier"] = "police-desk",
        ["desk/cases"] = "cases:read",
        ["desk/cases/{id:long}"] = "cases:read",
        ["desk/cases/{id:long}/evidence/{sha256}"] = "cases:read",
        ["desk/monthly"] = "monthly-report",
        ["desk/admin"] = "administration",
        ["desk/admin/logins/{login}"] = "administration",
        ["refuse-marketing"] = "phone-signed-in",
        ["refuse-marketing/done"] = "phone-signed-in",
        ["business/apply"] = null,
        ["business/applied/{id:int}"] = null,
        ["desk/registry"] = "administration",
        ["desk/complaints"] = "centre",
    };

    [Fact]
    public void Every_page_is_listed_with_its_policy()
    {
        var pages = PageEndpoints().ToDictionary(r => r.RoutePattern.RawText ?? string.Empty, Policy, StringComparer.Ordinal);

        Assert.Equal(Pages.OrderBy(p => p.Key, StringComparer.Ordinal), pages.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_page_states_its_authorization_explicitly()
    {
        var silent = PageEndpoints()
            .Where(r => r.Metadata.GetMetadata<IAllowAnonymous>() is null && r.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(r => r.RoutePattern.RawText);

        Assert.Empty(silent);
    }

    /// <summary>The policy a page requires; null when it allows anonymous readers and requires nothing.</summary>
    private static string? Policy(RouteEndpoint page) =>
        page.Metadata.GetMetadata<IAllowAnonymous>() is not null && page.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0
            ? null
            : string.Join(",", page.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy));

    private IEnumerable<RouteEndpoint> PageEndpoints() =>
        world.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(r => r.Metadata.GetMetadata<PageActionDescriptor>() is not null);
}
