using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CallWarden.Data.Storage;

/// <summary>
/// Raw reads of a few columns of one table in primary-key order, for the scans that build the
/// served snapshot from millions of rows (issue #10 part 8): no entity, no tracking, no list, one
/// row at a time. Table and column names come from the EF model, so both providers read alike.
/// </summary>
internal static class StoreScan
{
    /// <summary>
    /// Calls <paramref name="row"/> for each row of <paramref name="columns"/> (property names of <typeparamref name="TRecord"/>)
    /// in the order of the first of them, only where each filter's column is one of its values.
    /// </summary>
    public static async Task EachAsync<TRecord>(
        CallWardenDbContext db, string[] columns, Action<DbDataReader> row, IEnumerable<(string Column, IEnumerable<object> Values)> filters, CancellationToken cancellationToken = default)
    {
        var entity = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not in the model.");
        var conditions = filters.Select(f => (f.Column, Values: f.Values.ToList())).ToList();
        if (conditions.Exists(f => f.Values.Count == 0))
        {
            // Nothing can match an empty list, and PostgreSQL refuses "IN ()".
            return;
        }

        var names = columns.Select(c => ColumnOf(entity, c)).ToList();
        var sql = $"SELECT {string.Join(", ", names)} FROM {Quote(entity.GetTableName()!)}{Where(entity, conditions.Select(c => (c.Column, (IEnumerable<object>)c.Values)))}";

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql + $" ORDER BY {names[0]}";
                command.CommandTimeout = 0;
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        row(reader);
                    }
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>How many rows <see cref="EachAsync"/> would read, to size the builders before the scan.</summary>
    public static async Task<int> CountAsync<TRecord>(
        CallWardenDbContext db, IEnumerable<(string Column, IEnumerable<object> Values)> filters, CancellationToken cancellationToken = default)
    {
        var entity = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not in the model.");
        var conditions = filters.Select(f => (f.Column, Values: f.Values.ToList())).ToList();
        if (conditions.Exists(f => f.Values.Count == 0))
        {
            return 0;
        }

        var sql = $"SELECT COUNT(*) FROM {Quote(entity.GetTableName()!)}{Where(entity, conditions.Select(c => (c.Column, (IEnumerable<object>)c.Values)))}";

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                command.CommandTimeout = 0;
                return (int)Math.Min(int.MaxValue, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The values written as literals by the column's own type mapping (enums are stored by name): a dry run's
    /// 10,000 callers would pass the providers' parameter limits.
    /// </summary>
    private static string Where(IEntityType entity, IEnumerable<(string Column, IEnumerable<object> Values)> filters)
    {
        var conditions = filters.Select(f =>
        {
            var mapping = entity.FindProperty(f.Column)!.GetRelationalTypeMapping();
            return $"{ColumnOf(entity, f.Column)} IN ({string.Join(", ", f.Values.Select(mapping.GenerateSqlLiteral))})";
        }).ToList();
        return conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
    }

    private static string ColumnOf(IEntityType entity, string property) =>
        Quote(entity.FindProperty(property)?.GetColumnName() ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no {property}."));

    /// <summary>Both providers accept double-quoted identifiers; PostgreSQL needs them for the model's mixed case.</summary>
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
