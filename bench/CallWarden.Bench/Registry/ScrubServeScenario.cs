using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Data.Registry;
using CallWarden.Data.Sqlite;
using CallWarden.Web.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Bench.Registry;

/// <summary>
/// <c>scrub-serve [numbers] [refusals]</c> (5·10^6 and 10^7 by default): the scrub as a business uses it —
/// <c>POST /api/v1/registry/scrub</c> of <c>callwarden serve --db</c> as shipped (the Release build beside
/// the bench), the CSV streamed up from a file and the answer streamed down into one — beside the
/// in-process baseline of <see cref="ScrubScaleScenario"/> (reading and writing the same file without
/// lookups) in the same run, with the load average (issue #10 part 7: ≥ 10^6 numbers/s).
/// </summary>
internal static class ScrubServeScenario
{
    private const int Port = 5392;
    private const int Runs = 3;
    private const long MarketingLine = 8613800138999;

    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000_000;
        var refusals = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var folder = Directory.CreateTempSubdirectory("callwarden-scrub-serve-").FullName;
        var database = Path.Combine(folder, "callwarden.db");
        try
        {
            Console.WriteLine($"scrub-serve: {numbers:N0} rows against {refusals:N0} refusals in a SQLite store; load average {LoadAverage.Now()}");
            var random = new Random(20261207);
            var refused = new long[refusals];
            for (var i = 0; i < refused.Length; i++)
            {
                refused[i] = ScrubScaleScenario.Mobile(random);
            }

            var key = await SeedAsync(database, refused);
            var list = Path.Combine(folder, "list.csv");
            var bytes = await ScrubScaleScenario.WriteListAsync(list, numbers, refused, random);
            Console.WriteLine($"list: {numbers:N0} rows, {bytes / 1048576.0:F1} MiB; store seeded; load average {LoadAverage.Now()}");

            var executable = Path.Combine(AppContext.BaseDirectory, "callwarden");
            using var serve = Process.Start(new ProcessStartInfo(executable, ["serve", "--db", database, "--urls", $"http://127.0.0.1:{Port}"])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("callwarden serve did not start");
            _ = serve.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            _ = serve.StandardError.BaseStream.CopyToAsync(Stream.Null);
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromMinutes(10) };
                var clock = Stopwatch.StartNew();
                await ServedProcess.WaitUntilReadyAsync(http, serve, TimeSpan.FromMinutes(5));
                Console.WriteLine($"serve ready after {clock.Elapsed.TotalSeconds:F1} s; load average {LoadAverage.Now()}");
                var copy = new List<double>();
                var served = new List<double>();
                var answered = 0L;
                for (var run = 0; run < Runs; run++)
                {
                    copy.Add(await ScrubScaleScenario.TimeAsync(() => ScrubScaleScenario.CopyLinesAsync(list, Path.Combine(folder, "copy.csv"))));
                    served.Add(await ScrubScaleScenario.TimeAsync(async () => answered = await ScrubOverHttpAsync(http, key, list, Path.Combine(folder, "answer.csv"))));
                }

                var copyBest = copy.Min();
                var servedBest = served.Min();
                Console.WriteLine($"answer: {answered:N0} rows may not be called (of {numbers:N0})");
                Console.WriteLine($"{"path",-58} {"best s",8} {"numbers/s",14} {"MiB/s",8}");
                Console.WriteLine($"{"read + write every line in process (no parse, no lookup)",-58} {copyBest,8:F3} {numbers / copyBest,14:N0} {bytes / 1048576.0 / copyBest,8:F1}");
                Console.WriteLine($"{"POST /api/v1/registry/scrub through serve, streamed",-58} {servedBest,8:F3} {numbers / servedBest,14:N0} {bytes / 1048576.0 / servedBest,8:F1}");
                Console.WriteLine($"budget 1,000,000 numbers/s through serve: {(numbers / servedBest >= 1_000_000 ? "met" : "MISSED")}");
                Console.WriteLine($"runs (s): copy {string.Join(" ", copy.Select(c => c.ToString("F3", CultureInfo.InvariantCulture)))}; served {string.Join(" ", served.Select(c => c.ToString("F3", CultureInfo.InvariantCulture)))}");
                Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage.Now()}");
                return 0;
            }
            finally
            {
                serve.Kill(entireProcessTree: true);
                await serve.WaitForExitAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The list up as it is on disk, the answer down into a file; returns the answer's rows.</summary>
    private static async Task<long> ScrubOverHttpAsync(HttpClient http, string key, string list, string answer)
    {
        await using var input = new FileStream(list, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registry/scrub") { Content = new StreamContent(input, 1 << 16) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"scrub answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await using (var output = new FileStream(answer, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(output);
        }

        return File.ReadLines(answer).LongCount();
    }

    /// <summary>The refusals by raw inserts, a business with a marketing line approved, and its scrub key.</summary>
    private static async Task<string> SeedAsync(string database, long[] refused)
    {
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddCallWardenSqlite($"Data Source={database}").BuildServiceProvider();
        await using (services)
        {
            var contexts = services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
            await using (var db = await contexts.CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }

            await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT OR IGNORE INTO refusals (Subscriber, Categories, Channel, ChangedBy, RegisteredAt, UpdatedAt, Version) VALUES ($s, $c, 'sms', NULL, $t, $t, 1)";
                var subscriber = insert.Parameters.Add(new SqliteParameter { ParameterName = "$s" });
                var categories = insert.Parameters.Add(new SqliteParameter { ParameterName = "$c" });
                insert.Parameters.Add(new SqliteParameter("$t", TimeProvider.System.GetUtcNow().UtcTicks));
                insert.Prepare();
                var random = new Random(7);
                foreach (var number in refused)
                {
                    (subscriber.Value, categories.Value) = (number, 1 << random.Next(6));
                    insert.ExecuteNonQuery();
                }

                await transaction.CommitAsync();
            }

            var businesses = new BusinessRegistry(contexts, TimeProvider.System);
            var lender = await businesses.ApplyAsync(
                new CheckedApplication(new BusinessName("某某贷款"), "91350100M000100Y43", "王经理", 861012345678, null, [new RegisteredLine(MarketingLine, 0, BusinessLineKind.Marketing, MarketingCategories.All)]),
                "web", DisplayLanguage.ZhHans);
            await businesses.ApproveAsync(lender, "user:bench");
            var (_, secret) = await new AccessAccounts(contexts, TimeProvider.System).CreateKeyAsync("bench-scrub", AccessRole.Client, [Scopes.RegistryScrub], business: lender);
            return secret;
        }
    }
}
