using System.Diagnostics;
using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>
/// SIPp's statistics file (<c>-trace_stat -stf</c>): a header of column names, then a row per period. One
/// way to run a UAC to its end and read the file, for every SIPp scenario of the bench.
/// </summary>
internal sealed class SippStatistics(string[] header, string[][] rows)
{
    public string[][] Rows { get; } = rows;

    /// <summary>The last row: the run's totals.</summary>
    public string[] Last => Rows[^1];

    public long Count(string[] row, string column) => long.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);

    public string Text(string[] row, string column) => row[Array.IndexOf(header, column)];

    /// <summary>Runs SIPp as <paramref name="start"/> says (its statistics written to <paramref name="file"/>) and reads them.</summary>
    public static async Task<SippStatistics> RunAsync(ProcessStartInfo start, string file, string what)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var sipp = Process.Start(start) ?? throw new InvalidOperationException($"sipp ({what}) did not start");
        var output = sipp.StandardOutput.ReadToEndAsync();
        var errors = sipp.StandardError.ReadToEndAsync();
        await sipp.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        if (!File.Exists(file))
        {
            var tail = await output;
            throw new InvalidOperationException($"sipp ({what}) exited {sipp.ExitCode} without statistics:\n{await errors}\n{(tail.Length > 2000 ? tail[^2000..] : tail)}");
        }

        var lines = (await File.ReadAllLinesAsync(file)).Where(l => l.Length > 0).ToArray();
        return new SippStatistics(lines[0].Split(';'), [.. lines[1..].Select(l => l.Split(';'))]);
    }
}
