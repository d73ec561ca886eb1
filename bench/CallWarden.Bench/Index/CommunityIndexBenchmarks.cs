using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Bench.Index;

/// <summary>
/// The community index beside FrozenDictionary&lt;long, byte&gt; at 10^6 and 10^7 numbers of both shapes.
/// Batch: 4,096 independent lookups, half members and half random numbers, by TryGet in a loop that
/// adds up the states (no branch on each answer, the same for FrozenDictionary) and by the
/// prefetching TryGetMany (per-lookup time is the mean over the batch; BenchmarkDotNet's median is
/// over iterations). Dependent: each key depends on the previous answer, so this is the isolated
/// latency of one lookup.
/// </summary>
[MemoryDiagnoser]
public class CommunityIndexBenchmarks
{
    private const int Batch = 4_096;

    private CommunityIndex _index = CommunityIndex.Empty;
    private FrozenDictionary<long, byte> _frozen = FrozenDictionary<long, byte>.Empty;
    private long[] _probes = [];
    private readonly CommunityState[] _states = new CommunityState[Batch];

    [Params(1_000_000, 10_000_000)]
    public int Numbers { get; set; }

    [Params("uniform", "clustered")]
    public string Shape { get; set; } = "uniform";

    [GlobalSetup]
    public void Setup()
    {
        var keys = Shape == "uniform" ? SyntheticNumbers.Uniform(Numbers, seed: 1) : SyntheticNumbers.Clustered(Numbers, seed: 1);
        _index = SyntheticNumbers.Build(keys);
        _frozen = keys.ToFrozenDictionary(key => key, key => (byte)SyntheticNumbers.StateFor(key));
        _probes = SyntheticNumbers.Probes(keys, 1 << 20, seed: 2);
    }

    private int _next;

    private ReadOnlySpan<long> NextBatch()
    {
        _next = (_next + Batch) & ((1 << 20) - 1);
        return _probes.AsSpan(_next, Batch);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Index_batch()
    {
        var found = 0;
        foreach (var probe in NextBatch())
        {
            _index.TryGet(probe, out var state);
            found += (int)state;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Index_many() => _index.TryGetMany(NextBatch(), _states);

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public int Frozen_batch()
    {
        var found = 0;
        foreach (var probe in NextBatch())
        {
            _frozen.TryGetValue(probe, out var state);
            found += state;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Index_dependent()
    {
        var batch = NextBatch();
        var i = 0;
        for (var n = 0; n < Batch; n++)
        {
            _index.TryGet(batch[i], out var state);
            i = (i + 1 + (int)state) & (Batch - 1);
        }

        return i;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Frozen_dependent()
    {
        var batch = NextBatch();
        var i = 0;
        for (var n = 0; n < Batch; n++)
        {
            _frozen.TryGetValue(batch[i], out var state);
            i = (i + 1 + state) & (Batch - 1);
        }

        return i;
    }
}
