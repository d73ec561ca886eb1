using CallWarden.Core.Screening.Index;

namespace CallWarden.Bench.Index;

/// <summary>
/// The two shapes of the issue, sized up to 10^8: numbers spread uniformly over the 11-digit +86
/// space, and random 10^4 号段 blocks of 86 1[3-9]x filled to 30–90%. Keys come back sorted.
/// </summary>
internal static class SyntheticNumbers
{
    public const long Cn = 8_600_000_000_000;
    public const long CnSpace = 100_000_000_000;

    public static long[] Uniform(int count, int seed)
    {
        var random = new Random(seed);
        var keys = new long[count];
        var filled = 0;
        while (filled < count)
        {
            for (var i = filled; i < count; i++)
            {
                keys[i] = Cn + random.NextInt64(CnSpace);
            }

            Array.Sort(keys);
            filled = Dedupe(keys);
        }

        return keys;
    }

    public static long[] Clustered(int count, int seed)
    {
        var random = new Random(seed);
        var blocks = new HashSet<long>();
        var keys = new long[count];
        var filled = 0;
        while (filled < count)
        {
            var block = 1_300_000 + random.NextInt64(700_000);
            if (!blocks.Add(block))
            {
                continue;
            }

            var density = 0.3 + (0.6 * random.NextDouble());
            for (var suffix = 0; suffix < 10_000 && filled < count; suffix++)
            {
                if (random.NextDouble() < density)
                {
                    keys[filled++] = Cn + (block * 10_000) + suffix;
                }
            }
        }

        Array.Sort(keys);
        return keys;
    }

    /// <summary>Half members, half random numbers of the same space (nearly all misses): what screening sees.</summary>
    public static long[] Probes(long[] keys, int count, int seed)
    {
        var random = new Random(seed);
        var probes = new long[count];
        var first = keys[0];
        var span = keys[^1] - first + 1;
        for (var i = 0; i < count; i++)
        {
            probes[i] = (i & 1) == 0 ? keys[random.Next(keys.Length)] : first + random.NextInt64(span);
        }

        return probes;
    }

    public static CommunityState StateFor(long key) => (CommunityState)(1 + (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 60) % 15);

    public static CommunityIndex Build(long[] keys)
    {
        var builder = new CommunityIndexBuilder(keys.Length);
        foreach (var key in keys)
        {
            builder.Add(key, StateFor(key));
        }

        return builder.Build();
    }

    /// <summary>Moves distinct values to the front of a sorted array; the tail is left for refilling.</summary>
    private static int Dedupe(long[] keys)
    {
        var n = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[n - 1])
            {
                keys[n++] = keys[i];
            }
        }

        return n;
    }
}
