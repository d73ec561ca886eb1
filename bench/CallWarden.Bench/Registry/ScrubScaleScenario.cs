using System.Diagnostics;
using System.Globalization;
using System.Text;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;

namespace CallWarden.Bench.Registry;

/// <summary>
/// <c>scrub-scale [numbers] [refusals]</c>: the scrub's whole path (CSV parse, normalisation, refusal
/// lookup, answer written to a file) against reading the same file and writing every line back
/// without lookups, side by side, with the load average (issue #10 part 7's budget: ≥ 10^6 numbers/s).
/// </summary>
internal static class ScrubScaleScenario
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000_000;
        var refusals = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var folder = Directory.CreateTempSubdirectory("callwarden-scrub-").FullName;
        try
        {
            var random = new Random(20261207);
            Console.WriteLine($"building a registry of {refusals:N0} refusals …");
            var refused = new long[refusals];
            for (var i = 0; i < refused.Length; i++)
            {
                refused[i] = Mobile(random);
            }

            var registry = RegistrySnapshot.Build(
                refused.Select(n => new RegisteredRefusal(n, (MarketingCategories)(1 << random.Next(6)))),
                [],
                new Dictionary<int, BusinessName>());
            Console.WriteLine($"registry: {registry.RefusalCount:N0} subscribers, {registry.SizeInBytes / 1048576.0:F1} MiB");

            var list = Path.Combine(folder, "list.csv");
            var bytes = await WriteListAsync(list, numbers, refused, random);
            Console.WriteLine($"list: {numbers:N0} rows, {bytes / 1048576.0:F1} MiB (plain, spaced, +86, quoted with a name column, full-width; half of them registered)");

            var copy = new List<double>();
            var scrub = new List<double>();
            ScrubTally tally = default;
            for (var run = 0; run < Runs; run++)
            {
                copy.Add(await TimeAsync(() => CopyLinesAsync(list, Path.Combine(folder, "copy.csv"))));
                scrub.Add(await TimeAsync(async () =>
                {
                    await using var input = new FileStream(list, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                    await using var output = new FileStream(Path.Combine(folder, "answer.csv"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                    tally = await new ListScrub(registry, MarketingCategories.All).ScrubCsvAsync(input, output);
                }));
            }

            var copyBest = copy.Min();
            var scrubBest = scrub.Min();
            Console.WriteLine($"answer: {tally.NumbersOut:N0} may not be called, {tally.BadRows:N0} bad rows of {tally.NumbersIn:N0}");
            var source = File.ReadLines(list).Take(2000).ToArray();
            foreach (var bad in File.ReadLines(Path.Combine(folder, "answer.csv")).Where(l => l.EndsWith("not_a_number", StringComparison.Ordinal)).Take(3))
            {
                var line = int.Parse(bad.Split(',')[0], CultureInfo.InvariantCulture);
                Console.WriteLine($"  bad row {line}: {(line <= source.Length ? source[line - 1] : "…")}");
            }

            Console.WriteLine($"{"path",-44} {"best s",8} {"numbers/s",14} {"MiB/s",8}");
            Console.WriteLine($"{"read + write every line (no parse, no lookup)",-44} {copyBest,8:F3} {numbers / copyBest,14:N0} {bytes / 1048576.0 / copyBest,8:F1}");
            Console.WriteLine($"{"scrub: parse + normalise + lookup + write",-44} {scrubBest,8:F3} {numbers / scrubBest,14:N0} {bytes / 1048576.0 / scrubBest,8:F1}");
            Console.WriteLine($"runs (s): copy {string.Join(" ", copy.Select(c => c.ToString("F3", CultureInfo.InvariantCulture)))}; scrub {string.Join(" ", scrub.Select(c => c.ToString("F3", CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage.Now()}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Allocated mobile blocks (130–139, 150–153, 155–159, 180–189), so every generated number is a real shape.</summary>
    private static readonly int[] Blocks = [130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189];

    internal static long Mobile(Random random) => 8_600_000_000_000L + (Blocks[random.Next(Blocks.Length)] * 100_000_000L) + random.NextInt64(0, 100_000_000L);

    internal static async Task<long> WriteListAsync(string path, int numbers, long[] refused, Random random)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync("phone,name");
        for (var i = 0; i < numbers; i++)
        {
            var e164 = i % 2 == 0 ? refused[random.Next(refused.Length)] : Mobile(random);
            var national = (e164 - 8600000000000L).ToString(CultureInfo.InvariantCulture);
            var line = (i % 10) switch
            {
                < 6 => national,
                6 => $"{national[..3]} {national[3..7]} {national[7..]}",
                7 => "+86" + national,
                8 => $"\"{national}\",客户{i}",
                _ => string.Concat(national.Select(c => (char)(c - '0' + '０'))),
            };
            await writer.WriteLineAsync(line);
        }

        await writer.FlushAsync();
        return new FileInfo(path).Length;
    }

    /// <summary>The baseline: the same 64 KiB reads and line split, every line written back.</summary>
    internal static async Task CopyLinesAsync(string from, string to)
    {
        await using var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var output = new FileStream(to, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        var outBuffer = new byte[1 << 17];
        var filled = 0;
        while (true)
        {
            var read = await input.ReadAsync(buffer.AsMemory(filled));
            var end = filled + read;
            var start = 0;
            var written = 0;
            while (start < end)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                buffer.AsSpan(start, newline + 1).CopyTo(outBuffer.AsSpan(written));
                written += newline + 1;
                start += newline + 1;
            }

            await output.WriteAsync(outBuffer.AsMemory(0, written));
            var rest = end - start;
            if (read == 0)
            {
                await output.WriteAsync(buffer.AsMemory(start, rest));
                return;
            }

            buffer.AsSpan(start, rest).CopyTo(buffer);
            filled = rest;
        }
    }

    internal static async Task<double> TimeAsync(Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalSeconds;
    }
}
