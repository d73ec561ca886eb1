using CallWarden.Hosting;
using System.Globalization;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Data.Reputation;
using CallWarden.Data.Rules;
using CallWarden.Data.Sqlite;
using CallWarden.Web;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallWarden.Bench.Screening;

/// <summary>
/// <c>screen-http [seconds] [connections]</c>: POST /api/v1/screen on Kestrel (SQLite store, a
/// snapshot of 50,000 reported numbers, 1,000 subscribers with rules, an API key) against a bare
/// minimal-API endpoint answering a constant line, in one process, one after the other. With a third
/// argument <c>metrics-off</c> the screen endpoint runs again on a fresh server with <c>Metrics:Enabled=false</c>,
/// after the first is stopped (a meter listener is process-wide), to show what the metrics cost (issue #12 part 5).
/// </summary>
internal static class ScreenHttpScenario
{
    private const int Reported = 50_000;
    private const int Subscribers = 1_000;
    private const string Constant = """{"action":"allow","sipCode":200,"label":null,"reasons":[],"decisionId":"0","rule":"default"}""";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var withoutMetrics = args.Length > 2 && args[2] == "metrics-off";
        var file = Path.Combine(Path.GetTempPath(), $"callwarden-screen-http-{Guid.NewGuid():N}.db");
        var offFile = Path.Combine(Path.GetTempPath(), $"callwarden-screen-http-{Guid.NewGuid():N}.db");
        try
        {
            await using var bare = await StartBareAsync();
            var bareUrl = new Uri(Address(bare) + "/bare");
            // Each screen run right after its own bare run: on a shared machine only a pair's ratio means much.
            var pairs = new List<(LoadRun Bare, LoadRun Screen)>();
            LoadRun? bareRun = null;
            async Task BareAsync(string key)
            {
                await WarmAsync(bareUrl, key, connections);
                bareRun = await LoadRun.DriveAsync("bare minimal API", bareUrl, key, Call, connections, TimeSpan.FromSeconds(seconds));
            }

            var on = await MeasureScreenAsync(file, "POST /api/v1/screen", null, seconds, connections, BareAsync);
            pairs.Add((bareRun!, on));
            if (withoutMetrics)
            {
                var off = await MeasureScreenAsync(offFile, "POST /api/v1/screen, metrics off", new Dictionary<string, string?> { ["Metrics:Enabled"] = "false" }, seconds, connections, BareAsync);
                pairs.Add((bareRun!, off));
            }

            var runs = pairs.SelectMany(p => new[] { p.Bare, p.Screen }).ToList();

            Console.WriteLine($"{connections} keep-alive connections, {seconds} s each, {Environment.ProcessorCount} cores, load average {LoadAverage.Now()}");
            Console.WriteLine("| endpoint | requests/s | p50 µs | p99 µs | CPU µs per request (client + server) | bytes allocated per request (client + server) | gen0 GCs | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var run in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run.Name} | {run.PerSecond:N0} | {run.P50Micros:N0} | {run.P99Micros:N0} | {run.CpuMicrosPerRequest:N1} | {run.BytesPerRequest:N0} | {run.Gen0Collections:N0} | {run.Failures} |"));
            }

            foreach (var (bareOfPair, screen) in pairs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {screen.Name} / bare just before: {screen.PerSecond / bareOfPair.PerSecond:P0}"));
            }

            return runs.All(r => r.Failures == 0) ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, offFile }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Starts the shipped server on a fresh store, warms it, measures it and stops it.</summary>
    /// <param name="beforeScreen">What runs, warmed server alive, just before the screen endpoint is measured (the bare baseline, as before).</param>
    private static async Task<LoadRun> MeasureScreenAsync(string file, string name, IReadOnlyDictionary<string, string?>? settings, int seconds, int connections, Func<string, Task> beforeScreen)
    {
        await using var screen = await StartScreenAsync(file, settings);
        var key = await SeedAsync(screen);
        var screenUrl = new Uri(Address(screen) + "/api/v1/screen");

        // Warm it (JIT, connection pools, the subscribers' compiled rules), then measure.
        await WarmAsync(screenUrl, key, connections);
        await beforeScreen(key);
        var measured = await LoadRun.DriveAsync(name, screenUrl, key, Call, connections, TimeSpan.FromSeconds(seconds));
        await screen.StopAsync(); // stopped, not just disposed: its background services end as in `serve`
        return measured;
    }

    /// <summary>
    /// Drives the endpoint until the JIT is done with it: no method compiled for two seconds in a row (at
    /// most 60 s). The shipped server has far more code than the bare endpoint, and tiered compilation
    /// (tier 0, instrumented, optimised) took 30–50 s under load on this machine; a fixed 2 s warm-up
    /// measured the screen endpoint half-compiled.
    /// </summary>
    private static async Task WarmAsync(Uri url, string key, int connections)
    {
        var quiet = 0;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var second = 0;
        for (; second < 60 && quiet < 2; second++)
        {
            await LoadRun.DriveAsync("warm-up", url, key, Call, connections, TimeSpan.FromSeconds(1));
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up of {url.AbsolutePath}: {second} s, {compiled:N0} methods compiled in the process{(quiet < 2 ? " (the JIT was still compiling at 60 s)" : string.Empty)}"));
    }

    /// <summary>Callers: one in ten reported, the rest unknown; callees spread over the subscribers.</summary>
    private static string Call(int i)
    {
        var caller = i % 10 == 0 ? 8613000000000L + (i * 7919L % Reported) : 8615000000000L + (i * 104729L % 90_000_000);
        var callee = 8613900000000L + (i % (Subscribers * 2));
        return $$"""{"caller":"+{{caller}}","callee":"+{{callee}}","attest":"A","callid":"bench-{{i}}","src":"127.0.0.1","presentation":"allowed"}""";
    }

    private static async Task<WebApplication> StartScreenAsync(string file, IReadOnlyDictionary<string, string?>? settings)
    {
        // The composition `callwarden serve` ships: its configuration, logging defaults, areas and middleware.
        var builder = ServerComposition.CreateBuilder("http://127.0.0.1:0", settings);
        builder.Services.AddCallWardenSqlite($"Data Source={file}");
        ServerComposition.AddAreas(builder);
        var app = builder.Build();
        ServerComposition.MapAreas(app);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await app.StartAsync();
        return app;
    }

    private static async Task<WebApplication> StartBareAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/bare", () => Results.Text(Constant, "application/json"));
        await app.StartAsync();
        return app;
    }

    private static async Task<string> SeedAsync(WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
        var now = TimeProvider.System.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var random = new Random(7);
            for (var i = 0; i < Reported; i++)
            {
                var score = random.Next(40, 100);
                var state = i % 50 == 0 ? ReputationState.Disputed : i % 97 == 0 ? ReputationState.UnderReview : ReputationState.Labelled;
                db.Reputations.Add(new NumberReputationRecord { Number = 8613000000000L + i, Score = score, State = state, DistinctReporters = score / 8, TopCategory = "fraud", UpdatedAt = now });
            }

            await db.SaveChangesAsync();
            for (var s = 0; s < Subscribers; s++)
            {
                var rules = SubscriberRules.Default with
                {
                    ReputationThreshold = 60 + (s % 30),
                    Entries = [RuleEntry.Block($"+86130000{s % 100:D3}*", now), RuleEntry.Allow($"+86130000{s % 100:D3}00", now)],
                };
                await SubscriberRuleStore.SaveAsync(db, 8613900000000L + s, rules, 0, now);
            }
        }

        var (_, secret) = await new AccessAccounts(contexts, TimeProvider.System).CreateKeyAsync("bench-proxy", AccessRole.Client, [Scopes.Screen]);
        return secret;
    }

    private static string Address(WebApplication app) => app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}
