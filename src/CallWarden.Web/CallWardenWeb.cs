using System.Text.Json;
using System.Text.Json.Serialization;
using CallWarden.Channels.Sms;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Screening;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Numbers;
using CallWarden.Web.Pages.Desk;
using CallWarden.Web.Problems;
using CallWarden.Web.Reports;
using CallWarden.Web.Rules;
using CallWarden.Web.Screening;
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
/// The HTTP API's composition: the executable registers a store (Data.Sqlite or Data.Postgres),
/// then calls <see cref="AddCallWardenWeb"/>, builds, and calls <see cref="MapCallWardenApi"/>.
/// </summary>
public static class CallWardenWeb
{
    private const string SmartScheme = "CallWarden";

    public static WebApplicationBuilder AddCallWardenWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Settings: a bad value stops the start with a message naming its key.
        Options<WebOptions>(services, WebOptions.Section, o => o.Validate());
        Options<IntakeOptions>(services, "Intake", o => o.Validate());

        // One evidence folder for the form, the mail channel, the case page and the dossier.
        Options<EvidenceOptions>(services, EvidenceOptions.Section, o => o.Validate());
        services.TryAddSingleton(sp => new EvidenceStore(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.Folder));
        Options<ScreeningOptions>(services, "Screening", o => o.Validate());
        Options<ScreenOptions>(services, ScreenOptions.Section, o => o.Validate());
        Options<DecisionLogOptions>(services, DecisionLogOptions.Section, o => o.Validate());
        Options<VerificationOptions>(services, VerificationOptions.Section, o => o.Validate());
        services.TryAddSingleton(TimeProvider.System);

        // The domain services the endpoints call.
        services.TryAddSingleton(sp => new ReportIntake(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<IntakeOptions>>().Value));
        services.TryAddSingleton(sp => new CaseWorkflow(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new CarrierActionExpiry(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>()));
        // One set of deadlines for the overdue sweep and for what the pages promise reporters.
        services.TryAddSingleton(new CaseDeadlines(WorkingDayCalendar.China, new DeadlinePolicy()));
        services.TryAddSingleton(sp => new OverdueSweep(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<CaseDeadlines>()));
        services.TryAddSingleton<AccessAccounts>();
        services.TryAddSingleton<LoginBackoff>();
        services.TryAddSingleton(sp => new SessionStore(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ApiKeyCache>();
        services.TryAddSingleton<Sweeps>();
        // The per-reporter limit is shared with the SMS and mail channels, which register it the same way.
        services.AddOptions<ReporterLimitsOptions>().BindConfiguration(ReporterLimitsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReporterLimitsOptions>, ReporterLimitsOptionsValidation>());
        services.TryAddSingleton<ReporterLimits>();
        services.TryAddSingleton<PhoneVerification>();

        // Screening: the engine, the community snapshot it reads, the callees' rules, the decision log.
        services.TryAddSingleton(sp => new ScreeningEngine(sp.GetRequiredService<IOptions<ScreeningOptions>>().Value));
        services.TryAddSingleton(sp => new SubscriberRulesCache(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<ScreeningOptions>>().Value.Region));
        services.TryAddSingleton(sp => new RecentCalls(sp.GetRequiredService<IOptions<ScreenOptions>>().Value.RecentCalls, sp.GetRequiredService<IOptions<ScreeningOptions>>().Value));
        services.TryAddSingleton(sp => new CommunityFollower(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SubscriberRulesCache>()));
        services.TryAddSingleton(sp => new DecisionLog(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<DecisionLogOptions>>().Value));
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
        services.AddHostedService<CommunityFollowing>();
        services.AddHostedService<DecisionLogWriting>();

        // Channels: SMS through Kannel when Channels:Sms:Enabled (its MO endpoint and outbox sender).
        builder.AddSmsChannel();
        return builder;
    }

    public static WebApplication MapCallWardenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Outermost, so that it sees the status the exception handler and status pages settle on.
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status500InternalServerError,
        } });
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
        api.MapScreenApi();
        api.MapDecisionsApi();
        app.MapSmsChannel();
        return app;
    }

    /// <summary>The one way settings are bound: from <paramref name="section"/>, validated at start by the type's own Validate().</summary>
    internal static void Options<T>(IServiceCollection services, string section, Func<T, IReadOnlyList<string>> validate)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new OptionsProblems<T>(validate));
    }

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || request.Path.StartsWithSegments("/sms", StringComparison.Ordinal);

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
