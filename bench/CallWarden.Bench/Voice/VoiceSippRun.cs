using System.Diagnostics;
using System.Globalization;

using CallWarden.Bench.Sip;

namespace CallWarden.Bench.Voice;

/// <summary>
/// One SIPp UAC run of voice-scale: <paramref name="rate"/> calls a second for a number of seconds, at most
/// <paramref name="limit"/> open at once, its figures from SIPp's statistics file (<c>-trace_stat</c>).
/// </summary>
internal sealed record VoiceSippRun(string Kind, long Placed, long Successful, long Failed, long PeakConcurrent, double Seconds)
{
    public double CompletedPerSecond => Successful / Seconds;

    public static async Task<VoiceSippRun> PlaceAsync(string sipp, string kind, string scenario, int targetPort, string calls, int rate, int seconds, int limit, int sipPort)
    {
        var folder = Directory.CreateTempSubdirectory("callwarden-bench-voice-").FullName;
        try
        {
            var stats = Path.Combine(folder, "stats.csv");
            string T(long v) => v.ToString(CultureInfo.InvariantCulture);
            var start = new ProcessStartInfo(sipp)
            {
                ArgumentList =
                {
                    $"127.0.0.1:{targetPort}", "-sf", Path.Combine(AppContext.BaseDirectory, "Voice", scenario), "-inf", calls,
                    "-i", "127.0.0.1", "-p", T(sipPort), "-cp", T(sipPort + 1), "-mi", "127.0.0.1", "-mp", T(sipPort + 2),
                    "-r", T(rate), "-m", T((long)rate * seconds), "-l", T(limit),
                    "-recv_timeout", "30000", "-timeout", T(seconds + 90), "-nostdin",
                    "-trace_stat", "-stf", stats, "-fd", "1",
                },
                WorkingDirectory = folder,
            };
            var clock = Stopwatch.StartNew();
            var statistics = await SippStatistics.RunAsync(start, stats, kind);
            long Count(string[] row, string name) => statistics.Count(row, name);
            var rows = statistics.Rows;
            return new VoiceSippRun(kind, Count(rows[^1], "OutgoingCall(C)"), Count(rows[^1], "SuccessfulCall(C)"), Count(rows[^1], "FailedCall(C)"),
                rows.Max(r => Count(r, "CurrentCall")), clock.Elapsed.TotalSeconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
