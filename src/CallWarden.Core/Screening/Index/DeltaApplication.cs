using System.Runtime.InteropServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Applies change-feed deltas to a snapshot by rebuilding only what they touch: the dense blocks they
/// fall in, the segments of the regions' Elias-Fano sets, the fallback array. Everything else is
/// shared with the old snapshot. When the changes since the last full build outgrow a fraction of
/// the index (so that block and region shapes may no longer fit the data), it folds them into a
/// full build from the snapshot itself: the cost per delta stays bounded either way.
/// </summary>
internal static class DeltaApplication
{
    public const int MinFoldChurn = 1 << 16;

    public static CommunityIndex Apply(CommunityIndex index, IReadOnlyList<CommunityDelta> deltas, int minFoldChurn)
    {
        if (deltas.Count == 0)
        {
            return index;
        }

        var (keys, states) = LastWins(deltas);
        var churn = index.Churn + keys.Length;
        if (churn > Math.Max(minFoldChurn, index.Count / 2))
        {
            var (allKeys, allStates) = index.ToArrays();
            var merged = SortedMerge.Apply(allKeys, allStates, keys, states);
            return IndexLayout.Build(merged.Keys, merged.States);
        }

        var denseChanges = new Dictionary<long, ulong[]?>();
        var regions = (SparseRegion?[])index.Regions.Clone();
        var fallbackKeys = new List<long>();
        var fallbackStates = new List<CommunityState>();
        var restKeys = new List<long>(keys.Length);
        var restStates = new List<CommunityState>(keys.Length);
        for (var start = 0; start < keys.Length;)
        {
            var blockId = keys[start] / DenseBlock.Size;
            if (index.Dense.Find(blockId) is { } block)
            {
                var end = RunEnd(keys, start, k => k / DenseBlock.Size == blockId);
                denseChanges[blockId] = ApplyToBlock(blockId, block, keys.AsSpan(start..end), states.AsSpan(start..end));
                start = end;
            }
            else
            {
                restKeys.Add(keys[start]);
                restStates.Add(states[start++]);
            }
        }

        // Each region gets all its changes at once: one that empties into the fallback array must not see more.
        var rest = restKeys.ToArray();
        for (var start = 0; start < rest.Length;)
        {
            var key = rest[start];
            var regionSlot = (key / CommunityIndex.RegionSpan) - index.FirstRegion;
            if (key <= CommunityIndex.MaxRegionKey && (ulong)regionSlot < (ulong)regions.Length && regions[regionSlot] is { } region)
            {
                var end = RunEnd(rest, start, k => k <= CommunityIndex.MaxRegionKey && (k / CommunityIndex.RegionSpan) - index.FirstRegion == regionSlot);
                var run = CollectionsMarshal.AsSpan(restStates)[start..end];
                regions[regionSlot] = ApplyToRegion(region, rest.AsSpan(start..end), run, fallbackKeys, fallbackStates);
                start = end;
            }
            else
            {
                fallbackKeys.Add(key);
                fallbackStates.Add(restStates[start++]);
            }
        }

        var fallback = index.Fallback;
        if (fallbackKeys.Count != 0)
        {
            var changeKeys = fallbackKeys.ToArray();
            var changeStates = fallbackStates.ToArray();
            Array.Sort(changeKeys, changeStates);
            var merged = SortedMerge.Apply(fallback.Keys, fallback.States, changeKeys, changeStates);
            fallback = merged.Keys.Length == 0 ? FallbackSet.Empty : new FallbackSet(merged.Keys, merged.States);
        }

        var table = denseChanges.Count == 0 ? index.Dense : index.Dense.With(denseChanges);
        return new CommunityIndex(table, index.FirstRegion, regions, fallback, churn);
    }

    /// <summary>The block with the changes, or null when they emptied it.</summary>
    private static ulong[]? ApplyToBlock(long blockId, ulong[] block, ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states)
    {
        var first = blockId * DenseBlock.Size;
        var oldKeys = new List<long>();
        var oldStates = new List<CommunityState>();
        DenseBlock.CopyTo(block, first, oldKeys, oldStates);
        var (newKeys, newStates) = SortedMerge.Apply(CollectionsMarshal.AsSpan(oldKeys), CollectionsMarshal.AsSpan(oldStates), keys, states);
        if (newKeys.Length == 0)
        {
            return null;
        }

        var suffixes = new int[newKeys.Length];
        for (var i = 0; i < suffixes.Length; i++)
        {
            suffixes[i] = (int)(newKeys[i] - first);
        }

        var width = Math.Max(DenseBlock.StateBits(block), IndexLayout.StateWidth(newStates));
        var created = DenseBlock.Create(suffixes, newStates, width);
        HugePages.Collapse([created]);
        return created;
    }

    /// <summary>The region with the changes; null when it emptied or shrank into the fallback array.</summary>
    private static SparseRegion? ApplyToRegion(
        SparseRegion region, ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states, List<long> fallbackKeys, List<CommunityState> fallbackStates)
    {
        var updated = region.Apply(keys, states);
        if (updated is not null && updated.Count <= 2 * updated.BuildCount && updated.Count * 2 >= updated.BuildCount)
        {
            return updated;
        }

        // The shape no longer fits (a key outside its range, a wider state, or the count moved by 2×).
        var oldKeys = new List<long>(region.Count);
        var oldStates = new List<CommunityState>(region.Count);
        region.CopyTo(oldKeys, oldStates);
        var (newKeys, newStates) = SortedMerge.Apply(CollectionsMarshal.AsSpan(oldKeys), CollectionsMarshal.AsSpan(oldStates), keys, states);
        if (newKeys.Length >= IndexLayout.MinRegionCount)
        {
            return SparseRegion.Create(newKeys, newStates, IndexLayout.StateWidth(newStates));
        }

        fallbackKeys.AddRange(newKeys);
        fallbackStates.AddRange(newStates);
        return null;
    }

    private static int RunEnd(long[] keys, int start, Func<long, bool> sameRun)
    {
        var end = start + 1;
        while (end < keys.Length && sameRun(keys[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The deltas sorted by number, keeping the last delta of each number.</summary>
    private static (long[] Keys, CommunityState[] States) LastWins(IReadOnlyList<CommunityDelta> deltas)
    {
        var keys = new long[deltas.Count];
        var order = new int[deltas.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = deltas[i].E164;
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(keys[i], nameof(deltas));
            order[i] = i;
        }

        return LastWinsSort.Apply(keys, order, i => deltas[i].State);
    }
}
