using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CallWarden.Core.Numbers;

namespace CallWarden.Data.Intake;

/// <summary>
/// Writes a batch's rows as multi-row <c>INSERT … VALUES</c> statements on the batch's connection
/// and transaction. EF Core's change tracking cost ≈ 100 µs per row here, which capped intake far
/// below its budget; a statement of a few hundred rows costs a few µs per row on either provider.
/// Values are converted as the model's converters do: instants as UTC ticks on SQLite and UTC
/// timestamptz on PostgreSQL, enums by name, <see cref="NumberKind"/> as a small integer.
/// </summary>
internal sealed class RowWriter(DbConnection connection, DbTransaction transaction, bool sqlite)
{
    /// <summary>Below SQLite's and Npgsql's parameter limits with room to spare, and a statement text of modest size.</summary>
    private const int MaxParameters = 8_000;

    private const int MaxColumns = 32;

    private static readonly string[] Names = [.. Enumerable.Range(0, MaxColumns).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture))];

    private static readonly string[] Positions = [.. Enumerable.Range(1, MaxParameters).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture))];

    public Task InsertAsync(string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken, string suffix = "") =>
        InsertReturningAsync(table, columns, rows, returning: null, read: null, cancellationToken, suffix);

    /// <summary>Inserts the rows; for each row returned by <c>RETURNING <paramref name="returning"/></c> calls <paramref name="read"/>.</summary>
    public Task InsertReturningAsync(
        string table, string[] columns, IReadOnlyList<object?[]> rows, string? returning, Action<DbDataReader>? read, CancellationToken cancellationToken, string suffix = "") =>
        rows.Count == 0 ? Task.CompletedTask
        : sqlite ? InsertEachAsync(table, columns, rows, returning, read, cancellationToken, suffix)
        : InsertManyAsync(table, columns, rows, returning, read, cancellationToken, suffix);

    /// <summary>
    /// SQLite runs in-process, so a statement costs no round trip: one prepared single-row insert
    /// run per row is its fastest path. (Its multi-row statements bind each parameter by name in
    /// time linear in their number, quadratic per statement.)
    /// </summary>
    private async Task InsertEachAsync(
        string table, string[] columns, IReadOnlyList<object?[]> rows, string? returning, Action<DbDataReader>? read, CancellationToken cancellationToken, string suffix)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            var sql = Header(table, columns).Append('(').AppendJoin(", ", Names.Take(columns.Length)).Append(')').Append(suffix);
            if (returning is not null)
            {
                sql.Append(" RETURNING ").Append(returning);
            }

            command.CommandText = sql.ToString();
            var parameters = new DbParameter[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                parameters[c] = command.CreateParameter();
                parameters[c].ParameterName = Names[c];
                command.Parameters.Add(parameters[c]);
            }

            foreach (var row in rows)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    parameters[c].Value = Value(row[c]);
                }

                if (returning is null)
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        read!(reader);
                    }
                }
            }
        }
    }

    /// <summary>PostgreSQL pays a round trip per statement: a few hundred rows share one, with positional parameters that Npgsql sends as they are.</summary>
    private async Task InsertManyAsync(
        string table, string[] columns, IReadOnlyList<object?[]> rows, string? returning, Action<DbDataReader>? read, CancellationToken cancellationToken, string suffix)
    {
        var perStatement = Math.Max(1, MaxParameters / columns.Length);
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.Transaction = transaction;
                var sql = Header(table, columns);
                var p = 0;
                for (var r = 0; r < count; r++)
                {
                    var row = rows[start + r];
                    sql.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Length; c++, p++)
                    {
                        sql.Append(c == 0 ? string.Empty : ", ").Append(Positions[p]);
                        var parameter = command.CreateParameter();
                        parameter.Value = Value(row[c]);
                        command.Parameters.Add(parameter);
                    }

                    sql.Append(')');
                }

                sql.Append(suffix);
                if (returning is null)
                {
                    command.CommandText = sql.ToString();
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                command.CommandText = sql.Append(" RETURNING ").Append(returning).ToString();
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        read!(reader);
                    }
                }
            }
        }
    }

    private static StringBuilder Header(string table, string[] columns) =>
        new StringBuilder(256).Append("INSERT INTO \"").Append(table).Append("\" (\"").AppendJoin("\", \"", columns).Append("\") VALUES ");

    /// <summary>A condition that a column is one of the values of list parameter <paramref name="index"/> (an array).</summary>
    public string InList(int index) => sqlite ? $"IN (SELECT value FROM json_each({Names[index]}))" : $"= ANY({Names[index]})";

    /// <summary>An instant read back as the model stores it.</summary>
    public DateTimeOffset Instant(DbDataReader reader, int ordinal) =>
        sqlite ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>
    /// Runs a query of the batch, calling <paramref name="read"/> per row: the batch's reads return
    /// thousands of evidence rows, which EF Core's query pipeline materialises several times slower.
    /// </summary>
    public async Task ReadAsync(string sql, object?[] values, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = Names[i];
                parameter.Value = values[i] is Array list && sqlite ? JsonSerializer.Serialize(list) : Value(values[i]);
                command.Parameters.Add(parameter);
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    read(reader);
                }
            }
        }
    }

    /// <summary>Runs a statement that must change exactly one row; otherwise another writer got there first.</summary>
    public async Task<bool> ExecuteOneAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = Names[i];
                parameter.Value = Value(values[i]);
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    private object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset at => sqlite ? at.UtcTicks : at.ToUniversalTime(),
        NumberKind kind => sqlite ? (long)(byte)kind : (short)(byte)kind,
        Enum name => name.ToString(),
        DateOnly day => sqlite ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day,
        _ => value,
    };
}
