using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CallWarden.Data.Postgres;

/// <summary>The shared store for several nodes, by connection string.</summary>
public static class PostgresStorage
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresStorage).Assembly.GetName().Name));
    }

    public static DbContextOptions<CallWardenDbContext> Options(string connectionString) =>
        (DbContextOptions<CallWardenDbContext>)Configure(new DbContextOptionsBuilder<CallWardenDbContext>(), connectionString).Options;

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> over the server and the change feed's
    /// notifications (<see cref="PostgresFeedListener"/>, which runs when a host starts it).
    /// </summary>
    public static IServiceCollection AddCallWardenPostgres(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<CallWardenDbContext>(b => Configure(b, connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton(sp => new PostgresFeedListener(connectionString, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PostgresFeedListener>>()));
        services.TryAddSingleton<IFeedNotifications>(sp => sp.GetRequiredService<PostgresFeedListener>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresFeedListener>());
        return services;
    }
}
