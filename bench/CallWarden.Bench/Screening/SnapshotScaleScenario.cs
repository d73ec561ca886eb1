using System.Diagnostics;
using System.Globalization;
using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Core.Screening.Index;
using CallWarden.Data.Screening;

namespace CallWarden.Bench.Screening;

/// <summary>
/// <c>snapshot-scale [reported] [refusals] [--small-pages]</c> (10^6 and 10^8 by default; the last keeps the index
/// off huge pages, the baseline for <see cref="HugePages"/>): builds the served snapshot in
/// this process through the builders the store's load feeds, numbers in key order, and prints its managed
/// heap (<see cref="GC.GetTotalMemory"/> before and after, and the structures' <c>SizeInBytes</c>), the
/// build time, a registry lookup inside <c>Decide</c> and delta-apply times, each with the load average
/// (issue #10 part 8).
/// </summary>
internal static class SnapshotScaleScenario
{
    private const long MarketingLine = 8615012345678;
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    public static void Run(string[] args)
    {
        HugePages.Enabled &= !args.Contains("--small-pages");
        args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
        var reported = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var refusals = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000_000;
        Console.WriteLine($"snapshot-scale: {reported:N0} reported numbers, {refusals:N0} refusals, index on {(HugePages.Enabled ? "2 MiB" : "4 KiB")} pages; load average {LoadAverage.Now()}");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var facts = new CommunitySnapshotBuilder(reported);
        foreach (var number in SortedMobileNumbers.Generate(reported, 1))
        {
            facts.Add(number, SortedMobileNumbers.FactsFor(number, Now.AddDays(3)));
        }

        var factsTime = clock.Elapsed;
        clock.Restart();
        var refused = new CommunityIndexBuilder(refusals);
        var callees = new List<long>();
        foreach (var subscriber in SortedMobileNumbers.Generate(refusals, 2))
        {
            // Most refuse all marketing (TD), the rest one or two categories.
            var categories = (subscriber & 3) == 0 ? (MarketingCategories)(1 << (int)(subscriber % 6)) | MarketingCategories.Loans : MarketingCategories.All;
            refused.Add(subscriber, RegistrySnapshot.RefusalState(categories));
            if (subscriber % 997 == 0)
            {
                callees.Add(subscriber);
            }
        }

        var registry = RegistrySnapshot.Build(
            refused.Build(), [new RegisteredLine(MarketingLine, 1, BusinessLineKind.Marketing, MarketingCategories.Loans)], new Dictionary<int, BusinessName> { [1] = new("某某贷款", null, null) });
        var refusalsTime = clock.Elapsed;
        clock.Restart();
        var snapshot = facts.Build(1, registry);
        var buildTime = factsTime + refusalsTime + clock.Elapsed;
        facts = null;
        refused = null;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"built in {buildTime.TotalSeconds:F1} s (facts {factsTime.TotalSeconds:F1} s, refusals {refusalsTime.TotalSeconds:F1} s, generation included); load average {LoadAverage.Now()}");

        var heap = heapAfter - heapBefore;
        var budget = (16L * snapshot.Registry.RefusalCount / 8) + (64L * snapshot.Table.ReportedCount);
        Console.WriteLine($"managed heap for the snapshot: {heap / 1048576.0:F1} MiB (budget {budget / 1048576.0:F1} MiB: 16 bits a refusal + 64 bytes a reported number) — {(heap <= budget ? "met" : "MISSED")}");
        Console.WriteLine($"  on huge pages: {HugePages.CollapsedBytes / 1048576.0:F0} MiB collapsed (AnonHugePages {AnonHugePages()})");
        Console.WriteLine($"  refusal index {registry.SizeInBytes / 1048576.0:F1} MiB = {registry.SizeInBytes * 8.0 / registry.RefusalCount:F2} bits a refusal ({registry.RefusalCount:N0})");
        Console.WriteLine($"  community index {snapshot.Index.SizeInBytes / 1048576.0:F1} MiB ({snapshot.Index.Count:N0} numbers with state bits)");
        Console.WriteLine($"  side table {snapshot.Table.SizeInBytes / 1048576.0:F1} MiB ({snapshot.Table.ReportedCount:N0} reported, {snapshot.Table.RestrictedCount:N0} restricted with an end) = {(snapshot.Table.SizeInBytes + snapshot.Index.SizeInBytes) / (double)snapshot.Table.ReportedCount:F1} bytes a reported number with its index entry");

        MeasureDecide(snapshot, callees);
        MeasureApply(snapshot, callees);
        GC.KeepAlive(snapshot);
    }

    /// <summary>
    /// A marketing line calling subscribers: those who refused it (a blocking decision, with its reason),
    /// and those who did not, over the snapshot and over the same snapshot with an empty refusal index.
    /// The lookup is all that differs between the last two, so their difference is what it costs inside Decide.
    /// </summary>
    private static void MeasureDecide(CommunitySnapshot snapshot, List<long> callees)
    {
        var random = new Random(3);
        var registered = Enumerable.Range(0, 1 << 18).Select(_ => Request(callees[random.Next(callees.Count)])).ToArray();
        var others = Enumerable.Range(0, 1 << 18).Select(_ => 8613000000000L + random.Next(900_000_000)).Where(s => snapshot.Registry.RefusalsOf(s) == MarketingCategories.None).Select(Request).ToArray();
        var engine = new ScreeningEngine();
        var rules = SubscriberRules.Default.Compile();
        var without = snapshot.Apply([], snapshot.Version, RegistrySnapshot.Build(
            CommunityIndex.Empty, [new RegisteredLine(MarketingLine, 1, BusinessLineKind.Marketing, MarketingCategories.Loans)], new Dictionary<int, BusinessName>()));
        var rejected = registered.Count(r => engine.Decide(r, rules, snapshot).Action == Disposition.Reject);

        var blocking = Median(registered, r => (int)engine.Decide(r, rules, snapshot).Action);
        var passing = Median(others, r => (int)engine.Decide(r, rules, snapshot).Action);
        var bare = Median(others, r => (int)engine.Decide(r, rules, without).Action);
        var subscribers = registered.Concat(others).Select(r => long.Parse(r.Callee.AsSpan(1), CultureInfo.InvariantCulture)).ToArray();
        var lookup = Median(subscribers, s => (int)snapshot.Registry.RefusalsOf(s));
        Console.WriteLine($"Decide, marketing line to a subscriber who refused it ({rejected * 100 / registered.Length} % rejected): {blocking:F0} ns median; to one who did not: {passing:F0} ns, {bare:F0} ns with an empty refusal index");
        Console.WriteLine($"  registry lookup inside Decide {passing - bare:F0} ns (budget 250 ns: {(passing - bare <= 250 ? "met" : "MISSED")}); RefusalsOf alone {lookup:F0} ns median; load average {LoadAverage.Now()}");
    }

    private static ScreeningRequest Request(long callee) => new("+" + MarketingLine, "+" + callee, Now);

    private static void MeasureApply(CommunitySnapshot snapshot, List<long> callees)
    {
        var random = new Random(4);
        var reputation = Enumerable.Range(0, 1000).Select(_ => 8613800000000L + random.Next(100_000_000)).Distinct()
            .Select(n => KeyValuePair.Create(n, SortedMobileNumbers.FactsFor(n, Now.AddDays(1)))).ToList();
        var refusalChanges = Enumerable.Range(0, 1000).Select(i => new RegisteredRefusal(i % 2 == 0 ? callees[random.Next(callees.Count)] : 8613900000000L + random.Next(100_000_000), i % 3 == 0 ? MarketingCategories.None : MarketingCategories.All)).ToList();
        var apply = MedianMilliseconds(() => snapshot.Apply(reputation, snapshot.Version + 1));
        var registry = MedianMilliseconds(() => snapshot.Registry.Apply(refusalChanges, [], []));
        var foldSize = Math.Max(4096, (snapshot.Table.ReportedCount + snapshot.Table.RestrictedCount) / 32);
        var many = Enumerable.Range(0, foldSize).Select(i => 8613700000000L + (i * 7919L)).Select(n => KeyValuePair.Create(n, SortedMobileNumbers.FactsFor(n, Now.AddDays(1)))).ToList();
        var fold = MedianMilliseconds(() => snapshot.Apply(many, snapshot.Version + 1), runs: 3);
        Console.WriteLine($"Apply 1,000 reputation changes: {apply:F2} ms median; 1,000 refusal changes: {registry:F2} ms; {foldSize:N0} changes that fold the side table: {fold:F0} ms; load average {LoadAverage.Now()}");
    }

    /// <summary>
    /// The median time per item over 4,001 short rounds of 64 items each, walking through 2^18 items (so few are
    /// in cache from an earlier round): a round
    /// takes microseconds, so most rounds run without being preempted even on a loaded machine.
    /// </summary>
    private static double Median<T>(T[] items, Func<T, int> work)
    {
        const int Round = 64;
        var times = new double[4001];
        var sink = 0;
        for (var i = 0; i < items.Length; i++)
        {
            sink += work(items[i]);
        }

        for (var r = 0; r < times.Length; r++)
        {
            var start = (r * Round) % (items.Length - Round);
            var began = Stopwatch.GetTimestamp();
            for (var i = start; i < start + Round; i++)
            {
                sink += work(items[i]);
            }

            times[r] = Stopwatch.GetElapsedTime(began).TotalNanoseconds / Round;
        }

        GC.KeepAlive(sink);
        Array.Sort(times);
        return times[times.Length / 2];
    }

    private static double MedianMilliseconds(Func<object> run, int runs = 11)
    {
        var times = new double[runs];
        run();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(run());
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }

    private static string AnonHugePages() =>
        File.ReadLines("/proc/self/smaps_rollup").FirstOrDefault(l => l.StartsWith("AnonHugePages", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
}
