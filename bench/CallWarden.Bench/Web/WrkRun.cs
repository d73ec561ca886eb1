using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CallWarden.Bench.Web;

/// <summary>One run of <c>wrk --latency</c> (Debian package <c>wrk</c>) and the figures it printed.</summary>
internal sealed partial record WrkRun(string Url, double PerSecond, double P50Millis, double P99Millis, long Errors, string Load)
{
    public static async Task<WrkRun> RunAsync(Uri url, int connections, int threads, TimeSpan duration)
    {
        var load = LoadAverage.Now();
        var start = new ProcessStartInfo("wrk", ["-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--latency", url.ToString()]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: apt-get install -y wrk");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0 || RequestsPerSecond().Match(output) is not { Success: true } rps)
        {
            throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {output}{await wrk.StandardError.ReadToEndAsync()}");
        }

        var errors = NonSuccess().Match(output) is { Success: true } e ? long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        errors += SocketErrors().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkRun(url.AbsolutePath, double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture), Percentile(output, "50"), Percentile(output, "99"), errors, load);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
