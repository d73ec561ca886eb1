using CallWarden.Data.Postgres;
using CallWarden.Data.Sqlite;
using CallWarden.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Storage;

/// <summary>
/// What <c>--db</c> names: a SQLite file (the embedded default, <c>data/callwarden.db</c>) or a
/// PostgreSQL connection string (<c>Host=…;Database=…</c>) for several nodes sharing one store.
/// </summary>
internal sealed record DatabaseLocation(StorageProvider Provider, string ConnectionString)
{
    public const string DefaultFile = "data/callwarden.db";

    public static DatabaseLocation Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultFile : value.Trim();
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseLocation(StorageProvider.Postgres, text);
        }

        return text.Contains('=', StringComparison.Ordinal)
            ? new DatabaseLocation(StorageProvider.Sqlite, text)
            : new DatabaseLocation(StorageProvider.Sqlite, $"Data Source={text}");
    }

    public IServiceCollection Register(IServiceCollection services) => Provider == StorageProvider.Postgres
        ? services.AddCallWardenPostgres(ConnectionString)
        : services.AddCallWardenSqlite(ConnectionString);

    /// <summary>For messages: the file, or the PostgreSQL host and database without the password.</summary>
    public override string ToString()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            return "SQLite " + ConnectionString.Replace("Data Source=", string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith("Password", StringComparison.OrdinalIgnoreCase));
        return "PostgreSQL " + string.Join(';', parts);
    }
}
