using System.Globalization;
using BenchmarkDotNet.Attributes;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;

namespace CallWarden.Bench.Screening;

/// <summary>
/// What the live recent-call memory (issue #12 part 4) adds to a decision: 1,024 calls at 23:30 to
/// 1,024 callees whose quiet hours (22:00–07:00) are in force, so the engine asks the memory, each
/// callee with its own compiled rules (a few blocklist entries, 50 contacts) and an empty
/// community, decided without a memory (the baseline, as <c>POST /screen</c> was) and with the
/// default-sized memory (10^6 callees × 8 callers, filled beforehand so that its 137 MB are
/// touched) asked and then told of the call, as <c>POST /screen</c> now does. No job here: run it
/// in process (<c>--inProcess --warmupCount 3 --iterationCount 12</c>), as the loaded machine cannot build a job's copy in BenchmarkDotNet's two minutes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class RecentCallsBenchmarks
{
    private const int Count = 1024;

    private static readonly DateTimeOffset Now = new(2026, 11, 28, 23, 30, 0, TimeSpan.FromHours(8));

    private readonly ScreeningEngine _engine = new(new ScreeningOptions { VoicemailUri = "sip:{callee}@voicemail.example.net" });
    private readonly DictionaryCommunity _community = new([]);
    private RecentCalls _memory = null!;
    private ScreeningRequest[] _requests = [];
    private CompiledRules[] _rules = [];
    private long[] _callers = [];
    private long[] _callees = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _memory = new RecentCalls(new RecentCallLimits(), _engine.Options);
        var limits = new RecentCallLimits();
        for (var i = 0; i < limits.Callees; i++)
        {
            var callee = Mobile(random);
            for (var c = 0; c < limits.CallersPerCallee; c++)
            {
                _memory.Remember(Mobile(random), callee, Now.AddMinutes(-random.Next(0, 30)));
            }
        }

        _callers = [.. Enumerable.Range(0, Count).Select(_ => ValidMobile(random))];
        _callees = [.. Enumerable.Range(0, Count).Select(_ => ValidMobile(random))];
        _requests = [.. Enumerable.Range(0, Count).Select(i => new ScreeningRequest("+" + _callers[i].ToString(CultureInfo.InvariantCulture), "+" + _callees[i].ToString(CultureInfo.InvariantCulture), Now, "A"))];
        _rules = [.. Enumerable.Range(0, Count).Select(_ => new SubscriberRules
        {
            Entries = [RuleEntry.Block("+86170*", Now.AddDays(-30)), RuleEntry.Block("0755*", Now.AddDays(-20), Disposition.Voicemail), RuleEntry.Allow("0755 8888 9999", Now.AddDays(-19))],
            Contacts = [.. Enumerable.Range(0, 50).Select(_ => Mobile(random))],
            QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)),
        }.Compile())];

        if (_requests.Select((r, i) => _engine.Decide(r, _rules[i], _community, _memory)).Any(d => d.DecidedBy.Rule != ScreeningRule.QuietHours || !d.Caller.IsValid))
        {
            throw new InvalidOperationException("The benchmark's calls must meet quiet hours.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int DecideWithoutMemory()
    {
        var blocked = 0;
        for (var i = 0; i < Count; i++)
        {
            blocked += _engine.Decide(_requests[i], _rules[i], _community).Action.Blocks() ? 1 : 0;
        }

        return blocked;
    }

    /// <summary>What <c>POST /screen</c> does now: the engine asks the memory, then the call is remembered.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int DecideAskAndRemember()
    {
        var blocked = 0;
        for (var i = 0; i < Count; i++)
        {
            var decision = _engine.Decide(_requests[i], _rules[i], _community, _memory);
            _memory.Remember(decision, _callees[i], Now);
            blocked += decision.Action.Blocks() ? 1 : 0;
        }

        return blocked;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int RememberOnly()
    {
        for (var i = 0; i < Count; i++)
        {
            _memory.Remember(_callers[i], _callees[i], Now);
        }

        return Count;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int AskOnly()
    {
        var found = 0;
        for (var i = 0; i < Count; i++)
        {
            found += _memory.TryGetLastCall(_callers[i], _callees[i], Now, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary>An allocated mobile outside the blocklisted +86170: an unallocated one would take the normaliser's slow path and measure that instead.</summary>
    private static long ValidMobile(Random random)
    {
        var number = Mobile(random);
        var blocklisted = number / 100_000_000 == 86170;
        return !blocklisted && PhoneNumberNormalizer.Default.Normalize("+" + number.ToString(CultureInfo.InvariantCulture)).Kind == NumberKind.Mobile ? number : ValidMobile(random);
    }

    /// <summary>A +86 mobile in the 13x–18x blocks (not every one is allocated).</summary>
    private static long Mobile(Random random) => 8613000000000 + random.NextInt64(0, 6_000_000_000);
}
