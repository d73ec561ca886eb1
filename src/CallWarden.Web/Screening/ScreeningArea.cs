using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Composition;
using CallWarden.Data.Feed;
using CallWarden.Data.Operations;
using CallWarden.Data.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>
/// The screening area: the engine with the <c>Screening</c> settings, the community snapshot it reads
/// (followed from the change feed), the callees' compiled rules, the decision log; and, on a web
/// host, <c>POST /api/v1/screen</c>. <c>serve</c> composes it, and so do the CLI verbs that decide
/// (<c>screen</c>, <c>rules dry-run</c>), so that they decide as the server does (issue #12 part 1).
/// </summary>
public static class ScreeningArea
{
    public const string Section = "Screening";

    public static IHostApplicationBuilder AddCallWardenScreening(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<ScreeningOptions>(Section, o => o.Validate());
        services.AddValidatedOptions<ScreenOptions>(ScreenOptions.Section, o => o.Validate());
        services.AddValidatedOptions<DecisionLogOptions>(DecisionLogOptions.Section, o => o.Validate());
        services.TryAddSingleton(sp => new ScreeningEngine(sp.GetRequiredService<IOptions<ScreeningOptions>>().Value));
        services.TryAddSingleton(sp => new SubscriberRulesCache(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<ScreeningOptions>>().Value.Region));
        // The callees' recent callers on this node, so that a repeated call passes quiet hours (issue #12 part 4).
        services.TryAddSingleton(sp => new RecentCalls(sp.GetRequiredService<IOptions<ScreenOptions>>().Value.RecentCalls, sp.GetRequiredService<IOptions<ScreeningOptions>>().Value));
        services.TryAddSingleton(sp => new CommunityFollower(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SubscriberRulesCache>()));
        services.TryAddSingleton(sp => new DecisionLog(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<DecisionLogOptions>>().Value));
        // PostgreSQL's registration brings its LISTEN/NOTIFY listener; any other store is polled.
        services.TryAddSingleton<IFeedNotifications>(PolledFeed.Instance);
        services.AddMetrics();
        services.TryAddSingleton<CallWardenMetrics>();
        services.TryAddSingleton<ScreenHandler>();
        services.AddHostedService<CommunityFollowing>();
        services.AddHostedService<DecisionLogWriting>();
        return builder;
    }

    public static WebApplication MapCallWardenScreening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("/api/v1").MapScreenApi();
        return app;
    }
}
