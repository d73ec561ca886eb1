using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CallWarden.Bench.Web;

/// <summary>
/// <c>pages-http [--seconds 10] [--rounds 3] [--connections 32] [path …]</c>: the public pages as
/// <c>callwarden serve --demo</c> ships them (its logging, options and middleware; the real
/// executable in its own process), against a static file of the same size served by the same
/// Kestrel from its <c>assets</c> folder, measured with wrk side by side in alternating rounds.
/// The default paths are the home page and the lookup page of the demo's most reported number. The
/// one setting changed is the per-address lookup limit (wrk is one address; a burst is many).
/// </summary>
internal static class PagesHttpScenario
{
    private const int Port = 18580;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var rounds = Option(args, "--rounds", 3);
        var connections = Option(args, "--connections", 32);
        var paths = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        var folder = Directory.CreateTempSubdirectory("callwarden-pages-http-").FullName;
        var staticFolder = Path.Combine(AppContext.BaseDirectory, "assets", "bench");
        Directory.CreateDirectory(staticFolder);
        using var serve = StartServe(Path.Combine(folder, "callwarden.db"));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
            await WaitUntilServingAsync(http, serve);
            if (paths.Count == 0)
            {
                paths = ["/", "/numbers/+" + MostReported(Path.Combine(folder, "callwarden.db")).ToString(CultureInfo.InvariantCulture)];
            }

            Console.WriteLine($"callwarden serve --demo (Release, as shipped) on 127.0.0.1:{Port}; wrk -t2 -c{connections} -d{seconds}s --latency; {Environment.ProcessorCount} cores; {rounds} alternating rounds");
            Console.WriteLine("| page | bytes | round | static file req/s | page req/s | page / static | static p99 ms | page p99 ms | page p50 ms | errors | load avg |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var path in paths)
            {
                var body = await http.GetByteArrayAsync(path);
                var name = $"page-{body.Length}.html";
                await File.WriteAllBytesAsync(Path.Combine(staticFolder, name), Filler(body.Length));
                var pageUrl = new Uri(http.BaseAddress!, path);
                var staticUrl = new Uri(http.BaseAddress!, "/assets/bench/" + name);

                // Warm both (JIT, tiered compilation, caches), then alternate so that drift hits both alike.
                await WrkRun.RunAsync(staticUrl, connections, 2, TimeSpan.FromSeconds(3));
                await WrkRun.RunAsync(pageUrl, connections, 2, TimeSpan.FromSeconds(3));
                for (var round = 1; round <= rounds; round++)
                {
                    var baseline = await WrkRun.RunAsync(staticUrl, connections, 2, TimeSpan.FromSeconds(seconds));
                    var page = await WrkRun.RunAsync(pageUrl, connections, 2, TimeSpan.FromSeconds(seconds));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| `{path}` | {body.Length:N0} | {round} | {baseline.PerSecond:N0} | {page.PerSecond:N0} | {page.PerSecond / baseline.PerSecond:P0} | {baseline.P99Millis:N2} | {page.P99Millis:N2} | {page.P50Millis:N2} | {baseline.Errors + page.Errors} | {page.Load} |"));
                }
            }

            return 0;
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
            Directory.Delete(staticFolder, recursive: true);
        }
    }

    private static Process StartServe(string database)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "callwarden");
        var start = new ProcessStartInfo(executable, ["serve", "--demo", "--db", database, "--urls", $"http://127.0.0.1:{Port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(database)!,
        };

        // The lookup's rate limit is per client address: a burst comes from many people, wrk from one.
        // Everything else is as serve ships it.
        start.Environment["Web__LookupsPerMinutePerAddress"] = "1000000000";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");

        // serve logs every request; the pipes are drained so that logging never blocks on a full pipe.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private static async Task WaitUntilServingAsync(HttpClient http, Process serve)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (serve.HasExited)
            {
                throw new InvalidOperationException($"callwarden serve exited with {serve.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync("/")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("callwarden serve did not answer within 120 s");
    }

    /// <summary>The demo's number with the most distinct reporters (the page a fraud wave would hit).</summary>
    private static long MostReported(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Number FROM number_reputation ORDER BY DistinctReporters DESC, Number LIMIT 1";
        return (long)(command.ExecuteScalar() ?? throw new InvalidOperationException("the demo store has no reported number"));
    }

    /// <summary>An HTML file of exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Filler(int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)'x');
        "<!DOCTYPE html>"u8.CopyTo(bytes);
        return bytes;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
