using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallWarden.Data.Sqlite;

/// <summary>
/// Sets WAL, the durability level and a busy timeout on every connection; synchronous and
/// busy_timeout are per connection, so setting them once at start would not be enough.
/// </summary>
internal sealed class SqlitePragmas(SqliteDurability durability) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous={(durability == SqliteDurability.PowerLoss ? "FULL" : "NORMAL")}; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
