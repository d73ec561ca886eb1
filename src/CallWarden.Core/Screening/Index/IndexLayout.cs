using System.Runtime.InteropServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Decides, from sorted numbers, which decimal blocks become bitmaps, which regions get an
/// Elias-Fano set, and what is left for the fallback array; then builds the snapshot.
/// </summary>
internal static class IndexLayout
{
    /// <summary>A region with fewer sparse numbers than this is cheaper in the fallback array.</summary>
    internal const int MinRegionCount = 64;

    /// <summary>
    /// A block holding this many numbers always becomes a bitmap, even where Elias-Fano would be a
    /// little smaller: it bounds how many numbers one Elias-Fano bucket can hold, hence the lookup time.
    /// </summary>
    internal const int DenseCap = 512;

    public static CommunityIndex Build(ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states, int churn = 0)
    {
        var dense = new Dictionary<long, ulong[]>();
        var regions = new List<(long Id, SparseRegion Region)>();
        var fallbackKeys = new List<long>();
        var fallbackStates = new List<CommunityState>();
        var sparseKeys = new List<long>();
        var sparseStates = new List<CommunityState>();
        var suffixes = new List<int>();

        var start = 0;
        while (start < keys.Length)
        {
            var regionId = keys[start] / CommunityIndex.RegionSpan;
            var end = start;
            while (end < keys.Length && keys[end] / CommunityIndex.RegionSpan == regionId)
            {
                end++;
            }

            if (keys[start] > CommunityIndex.MaxRegionKey)
            {
                fallbackKeys.AddRange(keys[start..end]);
                fallbackStates.AddRange(states[start..end]);
                start = end;
                continue;
            }

            sparseKeys.Clear();
            sparseStates.Clear();
            var threshold = DenseThreshold(keys[start..end]);
            for (var blockStart = start; blockStart < end;)
            {
                var id = keys[blockStart] / DenseBlock.Size;
                var blockEnd = blockStart;
                while (blockEnd < end && keys[blockEnd] / DenseBlock.Size == id)
                {
                    blockEnd++;
                }

                if (blockEnd - blockStart >= threshold)
                {
                    suffixes.Clear();
                    foreach (var key in keys[blockStart..blockEnd])
                    {
                        suffixes.Add((int)(key - (id * DenseBlock.Size)));
                    }

                    var blockStates = states[blockStart..blockEnd];
                    dense.Add(id, DenseBlock.Create(CollectionsMarshal.AsSpan(suffixes), blockStates, StateWidth(blockStates)));
                }
                else
                {
                    sparseKeys.AddRange(keys[blockStart..blockEnd]);
                    sparseStates.AddRange(states[blockStart..blockEnd]);
                }

                blockStart = blockEnd;
            }

            if (sparseKeys.Count >= MinRegionCount)
            {
                var regionStates = CollectionsMarshal.AsSpan(sparseStates);
                regions.Add((regionId, SparseRegion.Create(CollectionsMarshal.AsSpan(sparseKeys), regionStates, StateWidth(regionStates))));
            }
            else
            {
                fallbackKeys.AddRange(sparseKeys);
                fallbackStates.AddRange(sparseStates);
            }

            start = end;
        }

        var firstRegion = regions.Count == 0 ? 0 : regions[0].Id;
        var table = new SparseRegion?[regions.Count == 0 ? 0 : regions[^1].Id - firstRegion + 1];
        foreach (var (id, region) in regions)
        {
            table[id - firstRegion] = region;
        }

        var fallback = fallbackKeys.Count == 0 ? FallbackSet.Empty : new FallbackSet([.. fallbackKeys], [.. fallbackStates]);
        return new CommunityIndex(dense.Count == 0 ? DenseBlockTable.Empty : new DenseBlockTable(dense), firstRegion, table, fallback, churn);
    }

    /// <summary>
    /// The count from which a bitmap (a fixed ~12,000 bits) is smaller than the same numbers in the
    /// region's Elias-Fano set, which costs about log2(span / n) + 2.5 bits a number.
    /// </summary>
    private static int DenseThreshold(ReadOnlySpan<long> regionKeys)
    {
        var span = (double)(regionKeys[^1] - regionKeys[0] + 1);
        var lowBits = Math.Max(0, Math.Floor(Math.Log2(span / regionKeys.Length)));
        return Math.Min(DenseCap, (int)Math.Ceiling(DenseBlock.FixedBits / (lowBits + 2.5)));
    }

    public static int StateWidth(ReadOnlySpan<CommunityState> states)
    {
        var all = 0;
        foreach (var state in states)
        {
            all |= (int)state;
        }

        return Bits.StateWidth(all);
    }
}
