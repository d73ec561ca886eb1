using System.Diagnostics;
using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>What one SIPp UAC run at a fixed rate carried, from the last line of its statistics file (<c>-trace_stat</c>).</summary>
internal sealed record SippRun(long Placed, long Successful, long Failed, double Seconds)
{
    public double CompletedPerSecond => Successful / Seconds;

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
                    "-trace_stat", "-stf", stats, "-fd", "1",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            var clock = Stopwatch.StartNew();
            using var uac = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start");
            var output = uac.StandardOutput.ReadToEndAsync();
            var errors = uac.StandardError.ReadToEndAsync();
            await uac.WaitForExitAsync();
            var elapsed = clock.Elapsed.TotalSeconds;
            await Task.WhenAll(output, errors);
            if (!File.Exists(stats))
            {
                throw new InvalidOperationException($"sipp exited {uac.ExitCode} without statistics:\n{await errors}\n{Tail(await output)}");
            }

            var lines = (await File.ReadAllLinesAsync(stats)).Where(l => l.Length > 0).ToArray();
            var header = lines[0].Split(';');
            var last = lines[^1].Split(';');
            long Column(string name) => long.Parse(last[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
            return new SippRun(Column("OutgoingCall(C)"), Column("SuccessfulCall(C)"), Column("FailedCall(C)"), elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;
}
