using System.Diagnostics;
using System.Globalization;
using CallWarden.Data;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CallWarden.Bench.Intake;

/// <summary>
/// Report intake at scale on SQLite and PostgreSQL: many concurrent submitters, group commit
/// against a transaction per report, each run on a fresh store. Every figure is for acknowledged
/// (committed) reports, through the whole pipeline (reporter, case, outbox, reputation, rollups, feed).
/// usage: intake-scale [reports=100000] [submitters=256] [baseline reports=10000] [providers=sqlite,postgres]
/// PostgreSQL: CALLWARDEN_BENCH_POSTGRES or CALLWARDEN_TEST_POSTGRES names a server where the role may create databases.
/// </summary>
internal static class IntakeScale
{
    private const int MaxBatch = 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var reports = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var submitters = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 256;
        var baseline = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
        var providers = (args.Length > 3 ? args[3] : "sqlite,postgres").Split(',');
        var postgres = Environment.GetEnvironmentVariable("CALLWARDEN_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CALLWARDEN_TEST_POSTGRES");
        Console.WriteLine($"intake-scale: {submitters} submitters, {Environment.ProcessorCount} cores, SQLite WAL synchronous=NORMAL, PostgreSQL local server");
        Console.WriteLine("| store | mode | submitters | reports | seconds | reports/s | mean batch | p50 ack ms | p99 ack ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var provider in providers)
        {
            await RunModeAsync(provider, postgres, $"group commit (batch ≤ {MaxBatch})", MaxBatch, reports, submitters);
            if (baseline > 0)
            {
                await RunModeAsync(provider, postgres, "transaction per report", 1, baseline, submitters);
            }
        }

        return 0;
    }

    private static async Task RunModeAsync(string provider, string? postgres, string mode, int maxBatch, int reports, int submitters)
    {
        await using var store = await BenchStore.CreateAsync(provider, postgres);
        var latencies = new double[reports];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var intake = new ReportIntake(new PooledDbContextFactory<CallWardenDbContext>(store.Options), TimeProvider.System, new IntakeOptions { MaxBatch = maxBatch });
        await using (intake)
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
        var batch = intake.Batches == 0 ? 0 : (double)reports / intake.Batches;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {mode} | {submitters} | {reports} | {seconds:0.00} | {reports / seconds:0} | {batch:0} | {latencies[reports / 2]:0.0} | {latencies[Math.Min(reports - 1, (int)(reports * 0.99))]:0.0} |"));
    }

    private static readonly int[] Prefixes = [139, 138, 136, 186, 133, 189, 177];

    /// <summary>5,000 numbers and 20,000 reporters across every channel and category, as a busy day looks.</summary>
    private static ReportSubmission Submission(int i)
    {
        var channel = (IntakeChannel)(i % 5);
        var number = i % 5000;
        var target = string.Create(CultureInfo.InvariantCulture, $"{Prefixes[number % Prefixes.Length]}{number:00000000}");
        var reporter = string.Create(CultureInfo.InvariantCulture, $"1370{i % 20000:0000000}");
        var category = (i % 12) switch { 0 => "fraud", 1 => "marketing", 2 => "real_estate", 3 => "finance", 4 => "insurance", 5 => "education", 6 => "recruiting", 7 => "delivery", 8 => "one_ring", 9 => "threat", 10 => "harassment", _ => "other" };
        var now = TimeProvider.System.GetUtcNow();
        return new ReportSubmission(channel, "{}", now, reporter, null, string.Create(CultureInfo.InvariantCulture, $"bench-{i}"), target, category, now.AddMinutes(-5));
    }
}
