using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Tests.Screening.Index;

/// <summary>The two shapes of the issue: numbers spread uniformly over the 11-digit +86 space, and 号段 blocks filled densely.</summary>
internal static class SyntheticNumbers
{
    public const long Cn = 8_600_000_000_000;

    public static long[] Uniform(int count, int seed)
    {
        var random = new Random(seed);
        var keys = new HashSet<long>(count);
        while (keys.Count < count)
        {
            keys.Add(Cn + random.NextInt64(100_000_000_000));
        }

        return [.. keys];
    }

    /// <summary>Random 10^4 blocks of 86 1[3-9]x, each filled to between 30% and 90%.</summary>
    public static long[] Clustered(int count, int seed)
    {
        var random = new Random(seed);
        var blocks = new HashSet<long>();
        var keys = new List<long>(count);
        while (keys.Count < count)
        {
            var block = 1_300_000 + random.NextInt64(700_000);
            if (!blocks.Add(block))
            {
                continue;
            }

            var density = 0.3 + (0.6 * random.NextDouble());
            for (var suffix = 0; suffix < 10_000 && keys.Count < count; suffix++)
            {
                if (random.NextDouble() < density)
                {
                    keys.Add(Cn + (block * 10_000) + suffix);
                }
            }
        }

        return [.. keys];
    }

    public static CommunityState StateFor(long key) => (CommunityState)(1 + (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 60) % 15);
}
