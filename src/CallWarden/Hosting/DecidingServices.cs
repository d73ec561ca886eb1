using CallWarden.Cli;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Screening;
using CallWarden.Storage;
using CallWarden.Web.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Hosting;

/// <summary>
/// The screening area for the CLI verbs that decide (<c>screen</c>, <c>rules dry-run</c>): the same
/// configuration sources as <c>serve</c> (appsettings.json beside the executable, the environment),
/// the same <see cref="ScreeningArea.AddCallWardenScreening"/> and the store, on a host that is built but
/// never started — so the CLI decides as the server does (issue #12 part 1).
/// </summary>
internal sealed class DecidingServices : IAsyncDisposable
{
    private readonly IHost _host;

    private DecidingServices(IHost host) => _host = host;

    public ScreeningEngine Engine => _host.Services.GetRequiredService<ScreeningEngine>();

    public IDbContextFactory<CallWardenDbContext> Contexts => _host.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();

    public CommunityFollower Community => _host.Services.GetRequiredService<CommunityFollower>();

    public SubscriberRulesCache Rules => _host.Services.GetRequiredService<SubscriberRulesCache>();

    /// <summary>The live screening's recent-call limits, for a replay that remembers as a node does.</summary>
    public RecentCallLimits RecentCalls => _host.Services.GetRequiredService<IOptions<ScreenOptions>>().Value.RecentCalls;

    /// <summary>Builds the services and migrates the store; a bad setting throws <see cref="OptionsValidationException"/> naming its key.</summary>
    /// <param name="time">The clock the snapshot is read at (the call's time for <c>screen --at</c>).</param>
    public static async Task<DecidingServices> OpenAsync(CliContext context, string? db, TimeProvider time, CancellationToken cancellationToken)
    {
        var builder = CliHost.CreateBuilder(context);

        builder.Services.AddSingleton(time);
        DatabaseLocation.Parse(db).Register(builder.Services);
        builder.AddCallWardenScreening();
        var services = new DecidingServices(builder.Build());
        try
        {
            // What ValidateOnStart checks when serve starts: read the settings now.
            _ = services._host.Services.GetRequiredService<IOptions<ScreeningOptions>>().Value;
            await using var store = await services.Contexts.CreateDbContextAsync(cancellationToken);
            await store.Database.MigrateAsync(cancellationToken);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
