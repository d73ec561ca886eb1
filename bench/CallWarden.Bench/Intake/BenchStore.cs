using CallWarden.Data;
using CallWarden.Data.Postgres;
using CallWarden.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CallWarden.Bench.Intake;

/// <summary>A fresh, migrated store for one run: a temporary SQLite file, or a new database on the PostgreSQL server.</summary>
internal sealed class BenchStore : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchStore(DbContextOptions<CallWardenDbContext> options, Func<Task> drop)
    {
        Options = options;
        _drop = drop;
    }

    public DbContextOptions<CallWardenDbContext> Options { get; }

    public static async Task<BenchStore> CreateAsync(string provider, string? postgres)
    {
        BenchStore store;
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"callwarden-bench-{Guid.NewGuid():N}.db");
            store = new BenchStore(SqliteStorage.Options($"Data Source={file}"), () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(path);
                }

                return Task.CompletedTask;
            });
        }
        else
        {
            var server = postgres ?? throw new InvalidOperationException("set CALLWARDEN_BENCH_POSTGRES (or CALLWARDEN_TEST_POSTGRES) to a server where the role may create databases");
            var name = $"cw_bench_{Guid.NewGuid():N}";
            await AdminAsync(server, $"CREATE DATABASE {name}");
            store = new BenchStore(PostgresStorage.Options(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString()), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            });
        }

        await using var db = new CallWardenDbContext(store.Options);
        await db.Database.MigrateAsync();
        return store;
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
