using System.Globalization;

namespace CallWarden.System.Tests.Components;

/// <summary>SIPp as many calling phones at once: a steady rate of calls, each line of the injection list a caller and its callee.</summary>
internal static class SippLoad
{
    /// <summary>Places <paramref name="count"/> calls at <paramref name="rate"/> per second, cycling through <paramref name="calls"/>.</summary>
    public static async Task<SippLoadResult> RunAsync(
        string sipp, int proxyPort, IReadOnlyList<(string Caller, string Callee)> calls, string scenario, int localPort, int rate, int count)
    {
        var folder = Directory.CreateTempSubdirectory("callwarden-sipp-load-").FullName;
        var inject = Path.Combine(folder, "calls.csv");
        var statistics = Path.Combine(folder, "statistics.csv");
        await File.WriteAllLinesAsync(inject, ["SEQUENTIAL", .. calls.Select(c => $"{c.Caller};{c.Callee};")]);
        try
        {
            var (exit, output) = await RunningProcess.RunAsync(sipp,
            [
                $"127.0.0.1:{proxyPort}", "-sf", Path.Combine(AppContext.BaseDirectory, "Sip", scenario), "-inf", inject,
                "-i", "127.0.0.1", "-p", Text(localPort), "-r", Text(rate), "-m", Text(count),
                "-timeout", "60", "-timeout_error", "-nostdin", "-recv_timeout", "10000",
                "-trace_stat", "-stf", statistics, "-fd", "1",
            ], TimeSpan.FromSeconds(90), folder);
            var (successful, failed, retransmissions) = File.Exists(statistics) ? Totals(await File.ReadAllLinesAsync(statistics)) : (-1, -1, -1);
            return new SippLoadResult(exit, successful, failed, retransmissions, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The cumulative columns of the statistics file's last row (a header row, then one row a second; ';' between fields).</summary>
    private static (long Successful, long Failed, long Retransmissions) Totals(string[] lines)
    {
        var rows = lines.Where(l => l.Length > 0).ToArray();
        var header = rows[0].Split(';');
        var last = rows[^1].Split(';');
        long Column(string name) => long.Parse(last[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
        return (Column("SuccessfulCall(C)"), Column("FailedCall(C)"), Column("Retransmissions(C)"));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
