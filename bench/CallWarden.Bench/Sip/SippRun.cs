using System.Diagnostics;
using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>
/// What one SIPp UAC run at a fixed rate carried, from its statistics file (<c>-trace_stat</c>, a line every 200 ms):
/// the calls placed, completed and failed, and how long placing them took (from the start to the first line
/// that counts every call placed), so that the 5 s a failed call waits for its answer does not count as time.
/// </summary>
internal sealed record SippRun(long Placed, long Successful, long Failed, double PlacingSeconds)
{
    /// <summary>Calls placed per second: below the offered rate when the proxy falls behind (SIPp holds at most a second of calls open).</summary>
    public double PlacedPerSecond => Placed / PlacingSeconds;

    /// <summary>Calls completed (200, ACK, BYE, 200) per second of placing.</summary>
    public double CompletedPerSecond => Successful / PlacingSeconds;

    public double FailedShare => Placed == 0 ? 1 : (double)Failed / Placed;

    /// <summary>
    /// Places <paramref name="rate"/> calls a second for <paramref name="seconds"/> seconds through the proxy at
    /// <paramref name="proxyPort"/>: INVITE, 200 from the answering phone, ACK, 10 ms, BYE, 200. A call fails when
    /// an answer does not come within 5 s (SIPp retransmits over UDP before that) or anything else arrives.
    /// </summary>
    public static async Task<SippRun> PlaceAsync(string sipp, int proxyPort, string calls, int rate, int seconds, SippPorts ports)
    {
        var folder = Directory.CreateTempSubdirectory("callwarden-bench-sipp-").FullName;
        try
        {
            var stats = Path.Combine(folder, "stats.csv");
            var start = new ProcessStartInfo(sipp)
            {
                ArgumentList =
                {
                    $"127.0.0.1:{proxyPort}", "-sf", Path.Combine(AppContext.BaseDirectory, "Sip", "uac.xml"), "-inf", calls,
                    "-i", "127.0.0.1", "-p", Text(ports.Sip), "-cp", Text(ports.Control), "-mp", Text(ports.Media),
                    "-r", Text(rate), "-rp", "1000", "-m", Text((long)rate * seconds),

                    // At most one second of calls open at once: a proxy that falls behind lowers the rate SIPp reaches.
                    "-l", Text(rate), "-recv_timeout", "5000", "-timeout", Text(seconds + 60), "-nostdin",
                    "-trace_stat", "-stf", stats, "-fd", "200ms",
                },
                WorkingDirectory = folder,
            };
            var statistics = await SippStatistics.RunAsync(start, stats, "uac");
            var rows = statistics.Rows;
            long Count(string[] row, string name) => statistics.Count(row, name);

            // CurrentTime reads "2026-12-07<tab>02:33:54.773197<tab>1796610834.773197": the last part is the epoch.
            double Time(string[] row) => double.Parse(statistics.Text(row, "CurrentTime").Split('\t')[^1], CultureInfo.InvariantCulture);
            var placed = Count(rows[^1], "OutgoingCall(C)");
            var allPlaced = rows.First(r => Count(r, "OutgoingCall(C)") == placed);
            return new SippRun(placed, Count(rows[^1], "SuccessfulCall(C)"), Count(rows[^1], "FailedCall(C)"), Math.Max(0.001, Time(allPlaced) - Time(rows[0])));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
