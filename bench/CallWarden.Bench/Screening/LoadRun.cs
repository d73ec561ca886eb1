using System.Diagnostics;

namespace CallWarden.Bench.Screening;

/// <summary>
/// What one endpoint sustained: requests per second, latency percentiles over all connections, and the
/// process's CPU and allocated bytes per request — client and server together, so that two runs' difference is the
/// servers' difference, which a busy machine blurs less than it blurs throughput.
/// </summary>
internal sealed record LoadRun(string Name, long Requests, long Failures, double Seconds, double P50Micros, double P99Micros, double CpuMicrosPerRequest, double BytesPerRequest, int Gen0Collections)
{
    public double PerSecond => Requests / Seconds;

    /// <summary>Drives <paramref name="url"/> from <paramref name="connections"/> keep-alive clients, each one request at a time.</summary>
    public static async Task<LoadRun> DriveAsync(string name, Uri url, string apiKey, Func<int, string> body, int connections, TimeSpan duration)
    {
        var clients = Enumerable.Range(0, connections).Select(_ =>
        {
            var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            return client;
        }).ToList();
        var latencies = new List<long>[connections];
        var failures = 0L;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<long>(1 << 20);
            var i = c;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new StringContent(body(i), System.Text.Encoding.UTF8, "application/json");
                using var response = await clients[c].PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetTimestamp() - started);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }

                i += connections;
            }
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        collections = GC.CollectionCount(0) - collections;
        clients.ForEach(c => c.Dispose());
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Micros(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))] * 1_000_000.0 / Stopwatch.Frequency;
        return new LoadRun(name, all.Length, failures, seconds, Micros(0.50), Micros(0.99), all.Length == 0 ? 0 : cpu.TotalMicroseconds / all.Length,
            all.Length == 0 ? 0 : (double)allocated / all.Length, collections);
    }
}
