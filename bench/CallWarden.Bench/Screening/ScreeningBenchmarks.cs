using System.Globalization;
using BenchmarkDotNet.Attributes;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Core.Screening;

namespace CallWarden.Bench.Screening;

/// <summary>
/// One screening decision, normalisation of both numbers included, against a community snapshot of
/// <see cref="SnapshotSize"/> +86 mobile numbers in a dictionary, for a subscriber with an ordinary
/// rule set (a few blocklist prefixes and numbers, an allowlist entry, 200 contacts, quiet hours
/// 22:00–07:00 that are not in force at the call time). Each case walks 1,024 distinct callers so
/// that branch prediction and caches cannot learn one number.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class ScreeningBenchmarks
{
    private const int Count = 1024;
    private const string Subscriber = "+8613912345678";

    /// <summary>10^7 numbers: DESIGN.md's budget is stated for a snapshot of this size.</summary>
    public const int SnapshotSize = 10_000_000;

    private static readonly DateTimeOffset Now = new(2026, 11, 28, 14, 30, 0, TimeSpan.FromHours(8));

    private readonly ScreeningEngine _engine = new(new ScreeningOptions { VoicemailUri = "sip:{callee}@voicemail.example.net", RedressContact = "12321" });
    private DictionaryCommunity _community = null!;
    private CompiledRules _rules = null!;
    private CompiledRules _withRegions = null!;
    private ScreeningRequest[] _unknown = [];
    private ScreeningRequest[] _reported = [];
    private ScreeningRequest[] _blocklisted = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _rules = new SubscriberRules
        {
            Entries =
            [
                RuleEntry.Block("+86170*", Now.AddDays(-30)),
                RuleEntry.Block("+86171*", Now.AddDays(-30), Disposition.Busy),
                RuleEntry.Block("0755*", Now.AddDays(-20), Disposition.Voicemail),
                RuleEntry.Allow("0755 8888 9999", Now.AddDays(-19), note: "dentist"),
                RuleEntry.Block("139****5678", Now.AddDays(-10)),
                .. Enumerable.Range(0, 15).Select(_ => RuleEntry.Block("+" + ValidMobile(random).ToString(CultureInfo.InvariantCulture), Now.AddDays(-5))),
            ],
            Contacts = [.. Enumerable.Range(0, 200).Select(_ => ValidMobile(random))],
            QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)),
        }.Compile();

        _withRegions = (_rules.Rules with
        {
            Regions = [new RegionRule(RegionScope.Province, "CN-GD", Disposition.Reject), new RegionRule(RegionScope.City, "深圳市", Disposition.Label), new RegionRule(RegionScope.Country, "NG", Disposition.Label)],
        }).Compile();

        var facts = new Dictionary<long, CommunityFacts>(SnapshotSize);
        var reported = new List<long>(Count);
        while (facts.Count < SnapshotSize)
        {
            var number = RandomMobile(random);
            if (facts.TryAdd(number, new CommunityFacts(random.Next(60, 101), (ReportCategory)random.Next(12), random.Next(3, 5000), CommunityFlags.Labelled))
                && reported.Count < Count && random.Next(SnapshotSize / Count / 4) == 0 && IsMobile(number))
            {
                reported.Add(number);
            }
        }

        _community = new DictionaryCommunity(facts);

        _unknown = Requests(() => RandomMobile(random), n => !facts.ContainsKey(n) && Decide(n).Action == Disposition.Allow);
        var next = 0;
        _reported = Requests(() => reported[next++ % reported.Count], n => Decide(n).Reasons.Any(r => r.Rule == ScreeningRule.Reputation));
        foreach (var request in _unknown)
        {
            // Region rules remember a caller's place per number block after one geocoder lookup; this case measures the remembered path.
            _engine.Decide(request, _withRegions, _community);
        }

        _blocklisted = Requests(() => 8617000000000 + random.NextInt64(0, 200_000_000), n => Decide(n).DecidedBy.Rule == ScreeningRule.Blocklist);
    }

    private Decision Decide(long caller) => _engine.Decide(Request(caller), _rules, _community);

    private static ScreeningRequest Request(long caller) =>
        new("+" + caller.ToString(CultureInfo.InvariantCulture), Subscriber, Now, "A", false, Presentation.Normal, false, null);

    /// <summary>Requests from callers <paramref name="next"/> gives that are valid mobiles and meet <paramref name="check"/>, which proves the case is the one named.</summary>
    private static ScreeningRequest[] Requests(Func<long> next, Func<long, bool> check)
    {
        var requests = new List<ScreeningRequest>(Count);
        for (var attempts = 0; requests.Count < Count; attempts++)
        {
            if (attempts > 100 * Count)
            {
                throw new InvalidOperationException("Too few callers fit the benchmark case.");
            }

            var caller = next();
            if (IsMobile(caller) && check(caller))
            {
                requests.Add(Request(caller));
            }
        }

        return [.. requests];
    }

    private static long ValidMobile(Random random)
    {
        var number = RandomMobile(random);
        return IsMobile(number) ? number : ValidMobile(random);
    }

    private static bool IsMobile(long number) =>
        PhoneNumberNormalizer.Default.Normalize("+" + number.ToString(CultureInfo.InvariantCulture)).Kind == NumberKind.Mobile;

    /// <summary>A +86 mobile in the 13x–19x blocks (not every one is allocated; the cases keep only valid ones).</summary>
    private static long RandomMobile(Random random) => 8613000000000 + random.NextInt64(0, 7_000_000_000);

    [Benchmark(OperationsPerInvoke = Count)]
    public int UnknownCaller() => Run(_unknown);

    [Benchmark(OperationsPerInvoke = Count)]
    public int ReportedCaller() => Run(_reported);

    [Benchmark(OperationsPerInvoke = Count)]
    public int BlocklistPrefix() => Run(_blocklisted);

    /// <summary>The unknown callers again, for a subscriber who also has province, city and country rules.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int UnknownCallerWithRegionRules()
    {
        var blocked = 0;
        foreach (var request in _unknown)
        {
            if (_engine.Decide(request, _withRegions, _community).Action.Blocks())
            {
                blocked++;
            }
        }

        return blocked;
    }

    /// <summary>The share of a decision that is normalising its two numbers.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long NormalizeBothNumbers()
    {
        long sum = 0;
        foreach (var request in _unknown)
        {
            sum += PhoneNumberNormalizer.Default.Normalize(request.Caller).E164 ^ PhoneNumberNormalizer.Default.Normalize(request.Callee).E164;
        }

        return sum;
    }

    private int Run(ScreeningRequest[] requests)
    {
        var blocked = 0;
        foreach (var request in requests)
        {
            if (_engine.Decide(request, _rules, _community).Action.Blocks())
            {
                blocked++;
            }
        }

        return blocked;
    }
}
