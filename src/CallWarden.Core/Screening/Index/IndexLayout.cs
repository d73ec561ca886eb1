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
            if (!HasDenseBlock(keys[start..end], threshold))
            {
                // No block is dense: the region's numbers go to Elias-Fano as they are, without a copy
                // (10^8 refusals would otherwise need 900 MB more while the index is built).
                AddSparse(regions, fallbackKeys, fallbackStates, regionId, keys[start..end], states[start..end]);
                start = end;
                continue;
            }

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

            AddSparse(regions, fallbackKeys, fallbackStates, regionId, CollectionsMarshal.AsSpan(sparseKeys), CollectionsMarshal.AsSpan(sparseStates));
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
    /// Builds from numbers held in increasing order. Numbers all in one region without a dense block
    /// (10^8 refusals over the mobile blocks) are encoded from the buffer a segment at a time; anything
    /// else is read out into arrays first.
    /// </summary>
    public static CommunityIndex Build(SortedKeyBuffer sorted)
    {
        var regionId = sorted.First / CommunityIndex.RegionSpan;
        if (sorted.Count >= MinRegionCount && sorted.Last <= CommunityIndex.MaxRegionKey && sorted.Last / CommunityIndex.RegionSpan == regionId
            && !HasDenseBlock(sorted, DenseThreshold(sorted.First, sorted.Last, sorted.Count)))
        {
            return new CommunityIndex(DenseBlockTable.Empty, regionId, [SparseRegion.Create(sorted)], FallbackSet.Empty, 0);
        }

        var keys = new long[sorted.Count];
        var states = new CommunityState[sorted.Count];
        sorted.CopyTo(keys, states);
        return Build(keys, states);
    }

    /// <summary>The region's sparse numbers as an Elias-Fano set, or into the fallback array when they are too few.</summary>
    private static void AddSparse(
        List<(long Id, SparseRegion Region)> regions, List<long> fallbackKeys, List<CommunityState> fallbackStates, long regionId, ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states)
    {
        if (keys.Length >= MinRegionCount)
        {
            regions.Add((regionId, SparseRegion.Create(keys, states, StateWidth(states))));
        }
        else
        {
            fallbackKeys.AddRange(keys);
            fallbackStates.AddRange(states);
        }
    }

    private static bool HasDenseBlock(SortedKeyBuffer sorted, int threshold)
    {
        var cursor = sorted.Read();
        var block = -1L;
        var inBlock = 0;
        while (cursor.MoveNext())
        {
            var id = cursor.Key / DenseBlock.Size;
            inBlock = id == block ? inBlock + 1 : 1;
            block = id;
            if (inBlock >= threshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some decimal block of the sorted region holds at least <paramref name="threshold"/> numbers.</summary>
    private static bool HasDenseBlock(ReadOnlySpan<long> keys, int threshold)
    {
        for (var i = 0; i + threshold - 1 < keys.Length; i++)
        {
            if (keys[i] / DenseBlock.Size == keys[i + threshold - 1] / DenseBlock.Size)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The count from which a bitmap (a fixed ~12,000 bits) is smaller than the same numbers in the
    /// region's Elias-Fano set, which costs about log2(span / n) + 2.5 bits a number.
    /// </summary>
    private static int DenseThreshold(ReadOnlySpan<long> regionKeys) => DenseThreshold(regionKeys[0], regionKeys[^1], regionKeys.Length);

    private static int DenseThreshold(long first, long last, int count)
    {
        var span = (double)(last - first + 1);
        var lowBits = Math.Max(0, Math.Floor(Math.Log2(span / count)));
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
