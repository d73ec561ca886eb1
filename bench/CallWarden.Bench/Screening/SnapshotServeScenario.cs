using System.Diagnostics;
using System.Globalization;
using CallWarden.Data;
using CallWarden.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Bench.Screening;

/// <summary>
/// <c>snapshot-serve [reported] [refusals]</c> (10^7 and 10^8 by default): seeds a SQLite store with that
/// many reported numbers (1 % of them restricted by a carrier) and refusals, raw inserts in one transaction,
/// then starts <c>callwarden serve --db</c> as shipped (the Release build beside the bench) and prints how long
/// it took to answer <c>/readyz</c> and a first screen, its peak RSS (VmHWM) while loading and its steady RSS
/// (VmRSS once loaded and collected), with the load average. The store is deleted afterwards, unless a
/// third argument names where to keep it: then a store already there is served again without seeding (issue #10 part 8).
/// </summary>
internal static class SnapshotServeScenario
{
    private const int Port = 5391;

    public static async Task<int> RunAsync(string[] args)
    {
        var reported = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
        var refusals = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000_000;
        var kept = args.Length > 2 ? Path.GetFullPath(args[2]) : null;
        var folder = kept is null ? Directory.CreateTempSubdirectory("callwarden-bench-snapshot-").FullName : Path.GetDirectoryName(kept)!;
        var database = kept ?? Path.Combine(folder, "callwarden.db");
        try
        {
            if (kept is not null && File.Exists(kept))
            {
                Console.WriteLine($"snapshot-serve: the store seeded before, {new FileInfo(kept).Length / 1e9:F2} GB; load average {LoadAverage.Now()}");
                await ServeAsync(folder, database, reported, refusals);
                return 0;
            }

            // ~45 bytes a refusal row and ~70 a reputation row on disk, with room for the WAL.
            var needed = (refusals * 45L) + (reported * 70L);
            var free = new DriveInfo(folder).AvailableFreeSpace;
            if (free < needed * 3 / 2)
            {
                Console.Error.WriteLine($"snapshot-serve needs ~{needed / 1e9:F1} GB free in {folder}, has {free / 1e9:F1} GB");
                return 2;
            }

            Console.WriteLine($"snapshot-serve: {reported:N0} reported numbers, {refusals:N0} refusals; load average {LoadAverage.Now()}");
            var clock = Stopwatch.StartNew();
            await SeedAsync(database, reported, refusals);
            Console.WriteLine($"seeded in {clock.Elapsed.TotalSeconds:F0} s, {new FileInfo(database).Length / 1e9:F2} GB; load average {LoadAverage.Now()}");
            await ServeAsync(folder, database, reported, refusals);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (kept is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task SeedAsync(string database, int reported, int refusals)
    {
        await using (var db = new CallWardenDbContext(SqliteStorage.Options($"Data Source={database}")))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;";
            await pragma.ExecuteNonQueryAsync();
        }

        var now = TimeProvider.System.GetUtcNow().AddHours(-1);
        var until = now.AddDays(3).UtcTicks;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var reputation = Prepared(connection, transaction,
            "INSERT INTO number_reputation (Number, Score, TopCategory, DistinctReporters, LastReportAt, State, SuggestsBlock, Heat, HeldForReview, UpdatedAt) VALUES ($n, $s, $c, $r, NULL, $st, 0, 0, 0, $u)",
            "$n", "$s", "$c", "$r", "$st", "$u");
        await using var action = Prepared(connection, transaction,
            "INSERT INTO carrier_actions (CaseId, Number, CarrierCode, Kind, \"From\", Until, LiftedAt, EndPublished) VALUES (1, $n, 'cmcc', 'RestrictOutbound', $f, $u, NULL, 0)",
            "$n", "$f", "$u");
        foreach (var number in SortedMobileNumbers.Generate(reported, 1))
        {
            var facts = SortedMobileNumbers.FactsFor(number, now);
            Run(reputation, number, facts.Score, "fraud", facts.DistinctReporters, facts.Has(Core.Screening.CommunityFlags.UnderReview) ? "UnderReview" : "Labelled", now.UtcTicks);
            if (facts.Has(Core.Screening.CommunityFlags.Restricted))
            {
                Run(action, number, now.UtcTicks, until);
            }
        }

        await using var refusal = Prepared(connection, transaction,
            "INSERT INTO refusals (Subscriber, Categories, Channel, ChangedBy, RegisteredAt, UpdatedAt, Version) VALUES ($s, $c, 'sms', NULL, $t, $t, 1)", "$s", "$c", "$t");
        foreach (var subscriber in SortedMobileNumbers.Generate(refusals, 2))
        {
            Run(refusal, subscriber, (subscriber & 3) == 0 ? 1 | (1 << (int)(subscriber % 6)) : 63, now.UtcTicks);
        }

        await transaction.CommitAsync();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static async Task ServeAsync(string folder, string database, long reported, long refusals)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "callwarden");
        var start = new ProcessStartInfo(executable, ["serve", "--db", database, "--urls", $"http://127.0.0.1:{Port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var serve = Process.Start(start) ?? throw new InvalidOperationException("callwarden serve did not start");
        _ = serve.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = serve.StandardError.BaseStream.CopyToAsync(Stream.Null);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(5) };
            await ServedProcess.WaitUntilReadyAsync(http, serve, TimeSpan.FromMinutes(10));
            var ready = clock.Elapsed;
            var cpu = Sip.ProcessCpu.Seconds(serve.Id);
            var loadAverage = LoadAverage.Now();
            var key = await ScreenKeyAsync(executable, folder, database);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/screen")
            {
                Content = new StringContent("""{"caller":"+8615012345678","callee":"+8613912345678","attest":"A","callid":"bench-1","src":"127.0.0.1","presentation":"allowed"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Api-Key", key);
            var screened = await http.SendAsync(request);
            var firstScreen = clock.Elapsed;

            await Task.Delay(TimeSpan.FromSeconds(5));
            var (peak, steady) = Memory(serve.Id);
            Console.WriteLine($"ready (/readyz) after {ready.TotalSeconds:F1} s (budget 60 s: {(ready.TotalSeconds <= 60 ? "met" : "MISSED")}), {cpu:F1} CPU s by then (what the load does not stretch), load average {loadAverage}; first screen answered {(int)screened.StatusCode} at {firstScreen.TotalSeconds:F1} s (after making a key with the CLI)");
            Console.WriteLine($"peak RSS (VmHWM) {peak / 1024.0:F0} MiB, steady RSS (VmRSS, loaded and collected) {steady / 1024.0:F0} MiB: {(double)peak / steady:F2}× (budget 2×: {(peak <= 2 * steady ? "met" : "MISSED")}); load average {LoadAverage.Now()}");
            await PrintServedHeapAsync(http, serve.Id, reported, refusals);
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
                await serve.WaitForExitAsync();
            }
        }
    }

    private static async Task<string> ScreenKeyAsync(string executable, string folder, string database)
    {
        var keys = new ProcessStartInfo(executable, ["keys", "create", "--name", "bench", "--scope", "screen", "--db", database]) { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var cli = Process.Start(keys) ?? throw new InvalidOperationException("callwarden keys create did not start");
        var printed = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return printed.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.StartsWith("cw_", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"callwarden keys create printed no key ({cli.ExitCode}):\n{printed}");
    }

    /// <summary>
    /// The serving process's own figures from <c>/metrics</c> (loopback needs no key): the snapshot by part
    /// and the managed heap after the last collection, against the heap budget for these counts; and how
    /// much of the process is on huge pages (the index's arrays, <c>HugePages</c>).
    /// </summary>
    private static async Task PrintServedHeapAsync(HttpClient http, int pid, long reported, long refusals)
    {
        var metrics = await http.GetStringAsync("/metrics");
        double Sum(string name, string? label = null) => metrics.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && (label is null || l.Contains(label, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        var index = Sum("callwarden_snapshot_size_bytes", "part=\"index\"");
        var table = Sum("callwarden_snapshot_size_bytes", "part=\"table\"");
        var registry = Sum("callwarden_snapshot_size_bytes", "part=\"registry\"");
        var heap = Sum("dotnet_gc_last_collection_heap_size_bytes");
        var budget = (16.0 * refusals / 8) + (64.0 * reported);
        var snapshot = index + table + registry;
        var huge = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("AnonHugePages", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
        Console.WriteLine($"served snapshot (/metrics): {snapshot / 1048576.0:F1} MiB — index {index / 1048576.0:F1}, side table {table / 1048576.0:F1}, registries {registry / 1048576.0:F1} — budget {budget / 1048576.0:F1} MiB (16 bits × {refusals:N0} + 64 B × {reported:N0}): {(snapshot <= budget ? "met" : "MISSED")}");
        Console.WriteLine($"serving process's whole managed heap after its last collection {heap / 1048576.0:F1} MiB ({(heap <= budget ? "within" : "over")} the snapshot's budget); on huge pages (AnonHugePages) {huge}");
    }

    /// <summary>VmHWM and VmRSS of the process, in KiB.</summary>
    private static (long Peak, long Resident) Memory(int pid)
    {
        long peak = 0, resident = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return (peak, resident);
    }
}
