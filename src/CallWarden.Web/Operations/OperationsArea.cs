using CallWarden.Data;
using CallWarden.Data.Composition;
using CallWarden.Data.Intake;
using CallWarden.Data.Operations;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace CallWarden.Web.Operations;

/// <summary>
/// What operators and load balancers ask a node (issue #12 part 5): <c>/healthz</c> (the process
/// serves), <c>/readyz</c> (store, snapshot and feed lag) and <c>/metrics</c> (the <c>CallWarden</c>
/// meter for Prometheus). Part of the web area: <see cref="CallWardenWeb"/> composes it.
/// </summary>
internal static class OperationsArea
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    public const string MetricsPath = "/metrics";
    private const string Ready = "ready";
    private static readonly HttpMethodMetadata Get = new([HttpMethods.Get]);

    public static bool IsProbe(PathString path) => path.Equals(LivePath, StringComparison.Ordinal) || path.Equals(ReadyPath, StringComparison.Ordinal);

    public static bool Serves(PathString path) => IsProbe(path) || path.Equals(MetricsPath, StringComparison.Ordinal);

    public static WebApplicationBuilder AddCallWardenOperations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<MetricsOptions>(MetricsOptions.Section, o => o.Validate());
        services.AddValidatedOptions<ReadinessOptions>(ReadinessOptions.Section, o => o.Validate());
        services.TryAddSingleton<FeedPosition>();
        services.AddHealthChecks()
            .AddCheck<StoreCheck>(StoreCheck.Name, tags: [Ready])
            .AddCheck<SnapshotCheck>(SnapshotCheck.Name, tags: [Ready])
            .AddCheck<FeedCheck>(FeedCheck.Name, tags: [Ready]);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, MetricsAccess>());

        // Whether anything listens to the meter is decided here, before the options exist: with
        // metrics off no listener subscribes and every instrument's Enabled stays false (no cost per call).
        if (builder.Configuration.GetValue($"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}", true))
        {
            services.TryAddSingleton(sp => new StoreReadings(
                sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<MetricsOptions>>().Value.StoreReadInterval));
            services.TryAddSingleton(sp => new OperationsGauges(
                sp.GetRequiredService<CallWardenMetrics>(), sp.GetRequiredService<ReportIntake>(), sp.GetRequiredService<CommunityFollower>(),
                sp.GetRequiredService<StoreReadings>(), sp.GetRequiredService<TimeProvider>()));
            // System.Runtime: the runtime's own meter (managed heap, collections, thread pool), read only when scraped.
            services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(CallWardenMetrics.MeterName, "System.Runtime").AddPrometheusExporter());
        }

        return builder;
    }

    public static WebApplication MapCallWardenOperations(this WebApplication app)
    {
        // GET only: what a probe and a scraper send; anything else is 405.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = ReadinessAnswer.WriteLiveAsync })
            .WithMetadata(Get).RequireAuthorization(Policies.Probe);
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(Ready), ResponseWriter = ReadinessAnswer.WriteAsync })
            .WithMetadata(Get).RequireAuthorization(Policies.Probe);
        if (app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            // The gauges exist from the start, so that the first scrape has them.
            app.Services.GetRequiredService<OperationsGauges>();
            app.MapPrometheusScrapingEndpoint(MetricsPath).WithMetadata(Get).RequireAuthorization(Policies.Metrics);
        }

        return app;
    }
}
