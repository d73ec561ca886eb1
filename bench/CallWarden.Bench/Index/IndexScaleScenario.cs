using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Bench.Index;

/// <summary>
/// <c>dotnet run -c Release --project bench/CallWarden.Bench -- index-scale [max power of ten, default 8]</c>:
/// bits per number and ns per lookup of the community index beside a FrozenDictionary&lt;long, byte&gt;,
/// for 10^6 … 10^8 synthetic numbers of both shapes and for the real FTC numbers.
/// </summary>
internal static class IndexScaleScenario
{
    private const int ProbeCount = 1 << 21;

    /// <summary>FrozenDictionary at 10^8 needs ~5 GB and minutes to build; it is left out there.</summary>
    private const int MaxFrozen = 10_000_000;

    public static void Run(string[] args)
    {
        var maxPower = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        Console.WriteLine($"# community index scale — {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average at start: {LoadAverage.Now()}");
        WarmUpApply();
        Console.WriteLine("| data | numbers | bound | keys bits/n | with state | × bound | TryGetMany ns | TryGet loop ns | dependent ns | Frozen bits/n | Frozen batch ns | Frozen dependent ns | build s | apply 1 / 100 / 1k deltas ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var power = 6; power <= maxPower; power++)
        {
            var count = (int)Math.Pow(10, power);
            Measure($"uniform +86", SyntheticNumbers.Uniform(count, seed: power), SyntheticNumbers.CnSpace);
            Measure($"号段 clustered", SyntheticNumbers.Clustered(count, seed: power), universe: null);
        }

        foreach (var file in RealNumbers.Files)
        {
            Measure(file, RealNumbers.Load(file), 8_000_000_000);
        }

        Console.WriteLine($"# load average at end: {LoadAverage.Now()}");
    }

    /// <summary>The machine is shared: the load average says how much else was running.</summary>

    private static void Measure(string name, long[] keys, long? universe)
    {
        var clock = Stopwatch.StartNew();
        var index = SyntheticNumbers.Build(keys);
        var build = clock.Elapsed.TotalSeconds;
        var probes = SyntheticNumbers.Probes(keys, ProbeCount, seed: keys.Length);
        var verified = probes.Where((probe, i) => (i & 1) == 0).All(probe => index.TryGet(probe, out var s) && s == SyntheticNumbers.StateFor(probe));
        if (!verified)
        {
            throw new InvalidOperationException($"{name}: a member was not found");
        }

        var bits = index.SizeInBytes * 8.0 / index.Count;
        var keyBits = ((index.SizeInBytes * 8.0) - index.StateBits) / index.Count;
        var bound = universe is { } u ? InformationBound(u, keys.Length) : double.NaN;
        var many = LookupTimer.Many(index, probes);
        var batch = LookupTimer.Batch(index, probes);
        var dependent = LookupTimer.Dependent(index, probes);
        var apply = string.Join(" / ", new[] { 1, 100, 1_000 }.Select(count => F(ApplyMilliseconds(index, keys, count))));

        string frozenBits = "—", frozenBatch = "—", frozenDependent = "—";
        if (keys.Length <= MaxFrozen)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var frozen = keys.ToFrozenDictionary(key => key, key => (byte)SyntheticNumbers.StateFor(key));
            frozenBits = F((GC.GetTotalMemory(forceFullCollection: true) - before) * 8.0 / keys.Length);
            frozenBatch = F(LookupTimer.Batch(frozen, probes));
            frozenDependent = F(LookupTimer.Dependent(frozen, probes));
            GC.KeepAlive(frozen);
        }

        Console.WriteLine($"| {name} | {keys.Length:N0} | {F(bound)} | {F(keyBits)} | {F(bits)} | {F(keyBits / bound)} | {F(many)} | {F(batch)} | {F(dependent)} | {frozenBits} | {frozenBatch} | {frozenDependent} | {F(build)} | {apply} |");
    }

    /// <summary>Apply runs rarely, so it would be timed in unoptimised first-tier code; this lets the JIT optimise it first.</summary>
    private static void WarmUpApply()
    {
        foreach (var keys in new[] { SyntheticNumbers.Uniform(100_000, seed: 99), SyntheticNumbers.Clustered(100_000, seed: 99) })
        {
            var index = SyntheticNumbers.Build(keys);
            for (var i = 0; i < 60; i++)
            {
                ApplyOnce(index, keys, 100);
            }
        }

        Thread.Sleep(500);
    }

    /// <summary>Median of five runs of random deltas: a third change a state, a third remove, a third add a neighbour.</summary>
    private static double ApplyMilliseconds(CommunityIndex index, long[] keys, int count)
    {
        var times = Enumerable.Range(0, 5).Select(_ => ApplyOnce(index, keys, count)).Order().ToArray();
        return times[2];
    }

    private static double ApplyOnce(CommunityIndex index, long[] keys, int count)
    {
        var random = new Random(count);
        var deltas = new CommunityDelta[count];
        for (var i = 0; i < deltas.Length; i++)
        {
            var key = keys[random.Next(keys.Length)];
            deltas[i] = (i % 3) switch
            {
                0 => new CommunityDelta(key, CommunityState.Labelled),
                1 => new CommunityDelta(key, CommunityState.None),
                _ => new CommunityDelta(key + 1, CommunityState.Suspended),
            };
        }

        var clock = Stopwatch.StartNew();
        GC.KeepAlive(index.Apply(deltas));
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>log2 C(universe, n) / n, with Stirling's series for the log-factorials.</summary>
    private static double InformationBound(double universe, double n) =>
        (LogFactorial(universe) - LogFactorial(n) - LogFactorial(universe - n)) / Math.Log(2) / n;

    private static double LogFactorial(double x) => x < 1 ? 0 : (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x));

    private static string F(double value) => double.IsNaN(value) ? "—" : value.ToString("F2", CultureInfo.InvariantCulture);
}
