using System.Diagnostics;
using System.Globalization;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CallWarden.Bench.Intake;

/// <summary>
/// Report intake at scale on SQLite: many concurrent submitters, group commit against a
/// transaction per report in the same run. Every figure is for acknowledged (committed) reports.
/// usage: intake-scale [reports=50000] [submitters=32] [baseline reports=5000]
/// </summary>
internal static class IntakeScale
{
    public static async Task<int> RunAsync(string[] args)
    {
        var reports = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var submitters = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var baseline = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5_000;
        Console.WriteLine($"intake-scale: {submitters} submitters, SQLite WAL synchronous=NORMAL, {Environment.ProcessorCount} cores");
        Console.WriteLine("| mode | reports | seconds | reports/s | p50 ack ms | p99 ack ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        await RunModeAsync("group commit (batch ≤ 512)", 512, reports, submitters);
        await RunModeAsync("transaction per report", 1, baseline, submitters);
        return 0;
    }

    private static async Task RunModeAsync(string mode, int maxBatch, int reports, int submitters)
    {
        var file = Path.Combine(Path.GetTempPath(), $"callwarden-bench-{Guid.NewGuid():N}.db");
        var options = SqliteStorage.Options($"Data Source={file}");
        await using (var db = new CallWardenDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var latencies = new double[reports];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await using (var intake = new ReportIntake(new PooledDbContextFactory<CallWardenDbContext>(options), TimeProvider.System, new IntakeOptions { MaxBatch = maxBatch }))
        {
            await Task.WhenAll(Enumerable.Range(0, submitters).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < reports; i = Interlocked.Increment(ref next))
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = await intake.SubmitAsync(Submission(i));
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (!result.Accepted)
                    {
                        throw new InvalidOperationException(string.Join("; ", result.Errors));
                    }
                }
            })));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {mode} | {reports} | {seconds:0.00} | {reports / seconds:0} | {latencies[reports / 2]:0.0} | {latencies[(int)(reports * 0.99)]:0.0} |"));
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static readonly int[] Prefixes = [139, 138, 136, 186, 133, 189, 177];

    /// <summary>5,000 numbers and 20,000 reporters across every channel and category, as a busy day looks.</summary>
    private static ReportSubmission Submission(int i)
    {
        var channel = (IntakeChannel)(i % 5);
        var target = string.Create(CultureInfo.InvariantCulture, $"{Prefixes[i % Prefixes.Length]}{i % 5000:00000000}");
        var reporter = string.Create(CultureInfo.InvariantCulture, $"1370{i % 20000:0000000}");
        var category = (i % 12) switch { 0 => "fraud", 1 => "marketing", 2 => "real_estate", 3 => "finance", 4 => "insurance", 5 => "education", 6 => "recruiting", 7 => "delivery", 8 => "one_ring", 9 => "threat", 10 => "harassment", _ => "other" };
        var now = TimeProvider.System.GetUtcNow();
        return new ReportSubmission(channel, "{}", now, reporter, null, string.Create(CultureInfo.InvariantCulture, $"bench-{i}"), target, category, now.AddMinutes(-5));
    }
}
