using System.Text.Json;
using System.Text.Json.Serialization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Data.Composition;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Screening;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Numbers;
using CallWarden.Web.Operations;
using CallWarden.Web.Pages.Desk;
using CallWarden.Web.Privacy;
using CallWarden.Web.Problems;
using CallWarden.Web.Registry;
using CallWarden.Web.Reports;
using CallWarden.Web.Rules;
using CallWarden.Web.Screening;
using CallWarden.Web.Site;
using CallWarden.Web.Stats;
using CallWarden.Web.Verification;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallWarden.Web;

/// <summary>
/// The web area: the API under <c>/api/v1</c>, sign-in and sessions, the public pages and the desks.
/// The executable registers a store (Data.Sqlite or Data.Postgres), calls <see cref="AddCallWardenWeb"/>
/// beside the other areas' <c>AddCallWarden…()</c> (the screening area is required), builds, and calls
/// <see cref="MapCallWardenWeb"/> before the other areas' <c>MapCallWarden…()</c>.
/// </summary>
public static class CallWardenWeb
{
    private const string SmartScheme = "CallWarden";

    public static WebApplicationBuilder AddCallWardenWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Settings: a bad value stops the start with a message naming its key.
        services.AddValidatedOptions<WebOptions>(WebOptions.Section, o => o.Validate());
        services.AddValidatedOptions<VerificationOptions>(VerificationOptions.Section, o => o.Validate());

        // The domain services the endpoints call: the store's shared ones, then the web's own.
        services.AddCallWardenStoreServices();
        services.TryAddSingleton(sp => new CarrierActionExpiry(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>()));
        services.TryAddSingleton(sp => new OverdueSweep(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<CaseDeadlines>()));
        services.TryAddSingleton<AccessAccounts>();
        services.TryAddSingleton<LoginChanges>();
        services.TryAddSingleton<LoginBackoff>();
        services.TryAddSingleton(sp => new SessionStore(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ApiKeyCache>();
        services.TryAddSingleton<ApiKeyVerifier>();
        services.TryAddSingleton<Sweeps>();
        services.TryAddSingleton<PhoneVerification>();
        // The subscribers' rules; the engine, snapshot and decision log come from the screening area.
        services.TryAddSingleton<RulesEditor>();

        // Cookies are encrypted with the deployment's own key ring, kept in its store (shared by its
        // nodes, unreadable by any other deployment on the machine).
        services.AddDataProtection().SetApplicationName("CallWarden");
        services.AddOptions<KeyManagementOptions>().Configure<IDbContextFactory<CallWardenDbContext>>((o, contexts) => o.XmlRepository = new StoredKeyRing(contexts));

        // Behind a TLS proxy the scheme comes from X-Forwarded-Proto, believed only from the configured proxies.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((o, web) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in web.Value.TrustedProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        // People sign in with a cookie, machines present a key; one scheme picks between them.
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, null, o => o.ForwardDefaultSelector = http =>
                ApiKeyAuthenticationHandler.PresentedKey(http.Request) is null ? CookieAuthenticationDefaults.AuthenticationScheme : ApiKeyAuthenticationHandler.SchemeName)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieWriteGuard.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Events.OnValidatePrincipal = SessionSignIn.ValidateAsync;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                // The API answers 401; a page sends the person to sign in (staff with a login, everyone else
                // with their phone) and back.
                o.LoginPath = "/sign-in";
                o.ReturnUrlParameter = "returnUrl";
                o.Events.OnRedirectToLogin = c => IsApi(c.Request)
                    ? Status(c.Response, StatusCodes.Status401Unauthorized)
                    : Redirect(c.Response, c.Request.Path.StartsWithSegments(DeskHome.Path, StringComparison.Ordinal)
                        ? QueryHelpers.AddQueryString(DeskHome.SignInPath, "returnUrl", c.Request.PathBase + c.Request.Path + c.Request.QueryString)
                        : c.RedirectUri);
                o.Events.OnRedirectToAccessDenied = c => Status(c.Response, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) => cookie.ExpireTimeSpan = web.Value.SessionLifetime);
        services.AddAuthorization(Policies.Add);

        // Errors as RFC 7807, limits, JSON in snake_case enums, the OpenAPI document.
        services.AddProblemDetails();
        services.AddRateLimiter(RateLimits.Add);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IOptions<ScreeningOptions>>((o, screening) =>
            o.SerializerOptions.Converters.Add(new ContactsJsonConverter(screening.Value.Region)));
        services.AddOpenApi();

        // Restrictions end and deadlines pass by the clock, not by a request.
        services.AddHostedService(sp => sp.GetRequiredService<Sweeps>());

        // The pages: the public site and the desks.
        builder.AddCallWardenPages();

        // Probes and metrics: /healthz, /readyz, /metrics (issue #12 part 5).
        builder.AddCallWardenOperations();
        return builder;
    }

    /// <summary>The middleware every area's endpoints run behind, the API under <c>/api/v1</c> and the pages.</summary>
    public static WebApplication MapCallWardenWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<ScreeningEngine>() is null)
        {
            throw new InvalidOperationException("The web area needs the screening area: call builder.AddCallWardenScreening() beside builder.AddCallWardenWeb().");
        }

        // Outermost, so that it sees the status the exception handler and status pages settle on.
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status500InternalServerError,
        } });
        // The SIP proxy's screening requests are answered here, ahead of what only people's requests need.
        app.UseMiddleware<ScreenLane>();
        app.UseForwardedHeaders();
        // Routing explicitly here, so that a status page re-executed for a page is routed again.
        app.UseRouting();
        // The API answers problem details; a page answers a page in the reader's language (same status code).
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use((http, next) =>
        {
            if (IsApi(http.Request) && http.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false; // the outer status pages write problem details instead
            }

            return next(http);
        });
        app.UseMiddleware<RequestBodyLimit>();
        app.UseAuthentication();
        app.UseMiddleware<CookieWriteGuard>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        api.MapAccessApi();
        api.MapReportsApi();
        api.MapNumbersApi();
        api.MapCasesApi();
        api.MapStatsApi();
        api.MapRulesApi();
        api.MapDecisionsApi();
        api.MapRegistryApi();
        api.MapScrubApi();
        api.MapMeApi();
        app.MapCallWardenPages();
        app.MapCallWardenOperations();
        return app;
    }

    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || request.Path.StartsWithSegments("/sms", StringComparison.Ordinal) || OperationsArea.Serves(request.Path);

    private static Task Redirect(HttpResponse response, string location)
    {
        response.Redirect(location);
        return Task.CompletedTask;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
