using CallWarden.Data.Postgres;
using CallWarden.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CallWarden.Data.Tests.Storage;

/// <summary>
/// A migrated, empty store of either provider for one test: a temporary SQLite file, or a
/// database of its own on the PostgreSQL server named by CALLWARDEN_TEST_POSTGRES.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    public const string PostgresVariable = "CALLWARDEN_TEST_POSTGRES";

    private readonly Func<Task> _drop;

    private TestStore(string provider, DbContextOptions<CallWardenDbContext> options, Func<Task> drop, string? connectionString = null)
    {
        ConnectionString = connectionString;
        Provider = provider;
        Options = options;
        Contexts = new PooledDbContextFactory<CallWardenDbContext>(options);
        _drop = drop;
    }

    /// <summary>Both providers, for [Theory] tests that must hold on each.</summary>
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    /// <summary>A Monday morning in China, 10:00 (02:00 UTC).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    public string Provider { get; }

    /// <summary>The PostgreSQL database's connection string; null for SQLite.</summary>
    public string? ConnectionString { get; }

    public DbContextOptions<CallWardenDbContext> Options { get; }

    public IDbContextFactory<CallWardenDbContext> Contexts { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public CallWardenDbContext Open() => Contexts.CreateDbContext();

    /// <param name="migration">The last migration to apply (to test a later one on data of its time); all when null.</param>
    public static async Task<TestStore> CreateAsync(string provider, string? migration = null)
    {
        var store = provider switch
        {
            "sqlite" => Sqlite(),
            "postgres" => await PostgresAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
        };
        await using var db = store.Open();
        await db.Database.MigrateAsync(migration, TestContext.Current.CancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static TestStore Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "callwarden-tests");
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        return new TestStore("sqlite", SqliteStorage.Options($"Data Source={file}"), () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task<TestStore> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var message = $"{PostgresVariable} is not set: start PostgreSQL with `.ci/components/postgres.sh start` and export the connection string it prints";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var name = $"cw_test_{Guid.NewGuid():N}";
        await Admin(server, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestStore("postgres", PostgresStorage.Options(connection), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(server, name);
        }, connection);
    }

    /// <summary>
    /// Drops a test's database. FORCE cannot end a backend of another role — an autovacuum worker that
    /// happens to be in the database (42501) — so it is tried again shortly; a database still left then
    /// stays in the throwaway cluster rather than failing a test that passed.
    /// </summary>
    private static async Task DropAsync(string server, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(200 * attempt);
            }
        }
    }

    private static async Task Admin(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
