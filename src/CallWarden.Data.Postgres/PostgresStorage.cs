using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Registers a pooled <see cref="IDbContextFactory{TContext}"/> over the server.</summary>
    public static IServiceCollection AddCallWardenPostgres(this IServiceCollection services, string connectionString) =>
        services.AddPooledDbContextFactory<CallWardenDbContext>(b => Configure(b, connectionString));
}
