using CallWarden.Core.Reports;
using CallWarden.System.Tests.Components;
using Microsoft.Data.Sqlite;

namespace CallWarden.System.Tests.Web;

/// <summary>What the demo store of a running server holds, read from its SQLite file (read-only, beside the server).</summary>
internal static class DemoNumbers
{
    /// <summary>
    /// The labelled number most people reported, with its top category and reporter count; one whose
    /// outgoing calls a carrier restricts for a time if there is one (the page then shows it too).
    /// </summary>
    public static async Task<(long Number, ReportCategory Category, int Reporters, bool Restricted)> MostReportedLabelledAsync(CallWardenServer server)
    {
        await using var connection = new SqliteConnection($"Data Source={server.Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT r.Number, r.TopCategory, r.DistinctReporters,
                   EXISTS (SELECT 1 FROM carrier_actions a WHERE a.Number = r.Number AND a.Kind = 'RestrictOutbound' AND a.LiftedAt IS NULL AND a.Until > $now) AS Restricted
            FROM number_reputation r
            WHERE r.State = 'Labelled' AND r.TopCategory IS NOT NULL
            ORDER BY Restricted DESC, r.DistinctReporters DESC, r.Number
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$now", TimeProvider.System.GetUtcNow().UtcTicks);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the demo store has no labelled number");
        Assert.True(ReportCategoryExtensions.TryParseCode(reader.GetString(1), out var category), reader.GetString(1));
        return (reader.GetInt64(0), category, reader.GetInt32(2), reader.GetBoolean(3));
    }
}
