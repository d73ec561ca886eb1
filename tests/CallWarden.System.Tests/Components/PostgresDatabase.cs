using Npgsql;

namespace CallWarden.System.Tests.Components;

/// <summary>
/// A database of its own on the PostgreSQL server named by <c>CALLWARDEN_TEST_POSTGRES</c>, for nodes that share
/// one store. Like <see cref="RequiredTool"/>: missing under <c>CI=true</c> fails, locally it skips with how to start one.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private const string Variable = "CALLWARDEN_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var message = $"{Variable} is not set: start PostgreSQL with `.ci/components/postgres.sh start` and export the connection string it prints";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var database = new PostgresDatabase(server, $"cw_system_{Guid.NewGuid():N}");
        await database.AdminAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AdminAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // FORCE may not end an autovacuum worker busy in the database (it runs as the superuser, the
                // tests' role is not): the worker is done within moments, so try again.
                await Task.Delay(200);
            }
        }
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
