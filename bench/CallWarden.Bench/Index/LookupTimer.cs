using System.Collections.Frozen;
using System.Diagnostics;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Bench.Index;

/// <summary>
/// Nanoseconds per lookup, two ways: a batch of independent lookups (throughput: the CPU overlaps
/// their cache misses; the loop adds up the states, None for a miss, rather than branching on each
/// answer, the same for both structures), median of several rounds; and a chain where each key depends on the previous
/// answer (the isolated latency of one lookup).
/// </summary>
internal static class LookupTimer
{
    private const int Rounds = 7;

    public static double Batch(CommunityIndex index, long[] probes)
    {
        var times = new double[Rounds];
        var sink = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var probe in probes)
            {
                index.TryGet(probe, out var state);
                sink += (int)state;
            }

            times[r] = clock.Elapsed.TotalNanoseconds / probes.Length;
        }

        GC.KeepAlive(sink);
        return Median(times);
    }

    /// <summary>The batch API, 4,096 numbers a call.</summary>
    public static double Many(CommunityIndex index, long[] probes)
    {
        var times = new double[Rounds];
        var states = new CommunityState[4_096];
        var sink = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            for (var first = 0; first < probes.Length; first += states.Length)
            {
                sink += index.TryGetMany(probes.AsSpan(first, states.Length), states);
            }

            times[r] = clock.Elapsed.TotalNanoseconds / probes.Length;
        }

        GC.KeepAlive(sink);
        return Median(times);
    }

    public static double Batch(FrozenDictionary<long, byte> frozen, long[] probes)
    {
        var times = new double[Rounds];
        var sink = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var probe in probes)
            {
                frozen.TryGetValue(probe, out var state);
                sink += state;
            }

            times[r] = clock.Elapsed.TotalNanoseconds / probes.Length;
        }

        GC.KeepAlive(sink);
        return Median(times);
    }

    /// <summary>Probes must have a power-of-two length.</summary>
    public static double Dependent(CommunityIndex index, long[] probes)
    {
        var times = new double[Rounds];
        var mask = probes.Length - 1;
        var i = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            for (var n = 0; n < probes.Length; n++)
            {
                index.TryGet(probes[i], out var state);
                i = (i + 1 + (int)state) & mask;
            }

            times[r] = clock.Elapsed.TotalNanoseconds / probes.Length;
        }

        return Median(times);
    }

    public static double Dependent(FrozenDictionary<long, byte> frozen, long[] probes)
    {
        var times = new double[Rounds];
        var mask = probes.Length - 1;
        var i = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            for (var n = 0; n < probes.Length; n++)
            {
                frozen.TryGetValue(probes[i], out var state);
                i = (i + 1 + state) & mask;
            }

            times[r] = clock.Elapsed.TotalNanoseconds / probes.Length;
        }

        return Median(times);
    }

    private static double Median(double[] times)
    {
        Array.Sort(times);
        return times[times.Length / 2];
    }
}
