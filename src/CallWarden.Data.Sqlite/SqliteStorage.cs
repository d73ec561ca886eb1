using CallWarden.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Data.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, by default <c>./data/callwarden.db</c>.</summary>
public static class SqliteStorage
{
    public const string DefaultConnectionString = "Data Source=data/callwarden.db";

    /// <summary>Points <paramref name="builder"/> at the file, creating its folder, with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder builder,
        string? connectionString = null,
        SqliteDurability durability = SqliteDurability.ProcessCrash)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        if (settings.DataSource is { Length: > 0 } file && file != ":memory:" && settings.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder
            .UseSqlite(settings.ToString(), o => o.MigrationsAssembly(typeof(SqliteStorage).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmas(durability));
    }

    public static DbContextOptions<CallWardenDbContext> Options(string? connectionString = null, SqliteDurability durability = SqliteDurability.ProcessCrash) =>
        (DbContextOptions<CallWardenDbContext>)Configure(new DbContextOptionsBuilder<CallWardenDbContext>(), connectionString, durability).Options;

    /// <summary>Registers a pooled <see cref="IDbContextFactory{TContext}"/> over the SQLite file.</summary>
    public static IServiceCollection AddCallWardenSqlite(this IServiceCollection services, string? connectionString = null, SqliteDurability durability = SqliteDurability.ProcessCrash) =>
        services.AddPooledDbContextFactory<CallWardenDbContext>(b => Configure(b, connectionString, durability));
}
