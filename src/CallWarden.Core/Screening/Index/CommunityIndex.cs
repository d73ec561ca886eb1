using System.Runtime.CompilerServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// An immutable snapshot of every number with a non-trivial <see cref="CommunityState"/>, keyed by its
/// E.164 value. Safe to read from any number of threads without locks; changes make a new snapshot
/// (<see cref="Apply"/>) that shares everything the changes did not touch.
/// </summary>
/// <remarks>
/// Three parts (ADR-001): decimal blocks of 10^4 numbers dense enough for a bitmap; per region of
/// 10^11 keys (all of +86 11-digit national numbers is one region) an Elias-Fano set of the rest;
/// a sorted array for regions with too few numbers to pay for a set of their own.
/// </remarks>
public sealed class CommunityIndex
{
    /// <summary>Keys in one region share E.164 / 10^11; beyond 15 digits a key is no E.164 and goes to the fallback.</summary>
    internal const long RegionSpan = 100_000_000_000;
    internal const long MaxRegionKey = 999_999_999_999_999;

    public static readonly CommunityIndex Empty = new(DenseBlockTable.Empty, 0, [], FallbackSet.Empty, 0);

    private readonly DenseBlockTable _dense;
    private readonly bool _hasDense;
    private readonly long _firstRegion;
    private readonly SparseRegion?[] _regions;
    private readonly FallbackSet _fallback;
    private readonly bool _hasFallback;

    internal CommunityIndex(DenseBlockTable dense, long firstRegion, SparseRegion?[] regions, FallbackSet fallback, int churn)
    {
        _dense = dense;
        _hasDense = dense.Count != 0;
        _firstRegion = firstRegion;
        _regions = regions;
        _fallback = fallback;
        _hasFallback = fallback.Count != 0;
        Churn = churn;

        long count = dense.Entries + fallback.Count;
        long size = 64 + dense.SizeInBytes + fallback.SizeInBytes + (8L * regions.Length);
        StateBits = dense.StateBits + (8L * fallback.Count);
        foreach (var region in regions)
        {
            if (region is not null)
            {
                count += region.Count;
                size += region.SizeInBytes;
                StateBits += (long)region.Count * region.StateBits;
            }
        }

        Count = checked((int)count);
        SizeInBytes = size;
    }

    /// <summary>How many numbers have a state.</summary>
    public int Count { get; }

    /// <summary>Memory held by the snapshot's arrays, headers included (what <c>bits per number</c> is computed from).</summary>
    public long SizeInBytes { get; }

    /// <summary>Of <see cref="SizeInBytes"/>, the bits spent on states rather than on the key set.</summary>
    internal long StateBits { get; }

    /// <summary>Changes applied since the last full build (a full build folds them in when they grow).</summary>
    internal int Churn { get; }

    internal DenseBlockTable Dense => _dense;

    internal long FirstRegion => _firstRegion;

    internal SparseRegion?[] Regions => _regions;

    internal FallbackSet Fallback => _fallback;

    /// <summary>The number's state, or false when the community knows nothing about it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(long e164, out CommunityState state)
    {
        if (e164 <= 0)
        {
            state = CommunityState.None;
            return false;
        }

        if (_hasDense)
        {
            var id = e164 / DenseBlock.Size;
            if (_dense.Find(id) is { } block)
            {
                return DenseBlock.TryGet(block, (int)(e164 - (id * DenseBlock.Size)), out state);
            }
        }

        var region = (ulong)((e164 / RegionSpan) - _firstRegion);
        if (region < (ulong)_regions.Length && _regions[region] is { } sparse)
        {
            return sparse.TryGet(e164, out state);
        }

        return TryGetOutsideRegions(e164, out state);
    }

    /// <summary>
    /// Looks up many numbers at once: <paramref name="states"/>[i] gets the state of
    /// <paramref name="e164s"/>[i], <see cref="CommunityState.None"/> when unknown. Returns how many were found.
    /// For scrubbing lists and screening queues: faster per number than <see cref="TryGet"/> in a loop.
    /// </summary>
    public int TryGetMany(ReadOnlySpan<long> e164s, Span<CommunityState> states)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(states.Length, e164s.Length, nameof(states));

        // Each step runs for a whole group before the next and prefetches what the next step reads,
        // so a group's cache misses are all on the way at once and no step waits for memory (ADR-001).
        // A number is looked up in a region's set (slot >= 0), a dense block (Dense), or was answered at once.
        const int Group = 32;
        const int Dense = -2;
        Span<SparseLookup> lookups = stackalloc SparseLookup[Group];
        Span<long> ranks = stackalloc long[Group];
        Span<int> slots = stackalloc int[Group];
        Span<int> blocks = stackalloc int[Group];
        Span<long> statePositions = stackalloc long[Group];
        Span<int> widths = stackalloc int[Group];
        Span<bool> present = stackalloc bool[Group];
        var found = 0;
        for (var first = 0; first < e164s.Length; first += Group)
        {
            var count = Math.Min(Group, e164s.Length - first);
            for (var i = 0; i < count; i++)
            {
                var key = e164s[first + i];
                var slot = -1;
                if (key <= 0)
                {
                    states[first + i] = CommunityState.None;
                }
                else if (_hasDense && (blocks[i] = _dense.FindSlot(key / DenseBlock.Size)) >= 0)
                {
                    slot = Dense;
                    DenseBlock.PrefetchLine(_dense.BlockAt(blocks[i]), (int)(key % DenseBlock.Size));
                }
                else if ((slot = RegionSlotOf(key)) < 0)
                {
                    found += TryGetOutsideRegions(key, out states[first + i]) ? 1 : 0;
                }
                else if (!_regions[slot]!.Begin(key, out lookups[i]))
                {
                    slot = -1;
                    states[first + i] = CommunityState.None;
                }

                slots[i] = slot;
            }

            for (var i = 0; i < count; i++)
            {
                if (slots[i] >= 0)
                {
                    _regions[slots[i]]!.ReadDirectory(ref lookups[i]);
                }
            }

            for (var i = 0; i < count; i++)
            {
                if (slots[i] >= 0)
                {
                    ranks[i] = _regions[slots[i]]!.BucketThenPrefetch(ref lookups[i]);
                }
                else if (slots[i] == Dense)
                {
                    var block = _dense.BlockAt(blocks[i]);
                    statePositions[i] = DenseBlock.StatePosition(block, (int)(e164s[first + i] % DenseBlock.Size), out widths[i], out present[i]);
                    Bits.Prefetch(block, statePositions[i]);
                }
            }

            for (var i = 0; i < count; i++)
            {
                if (slots[i] >= 0)
                {
                    found += _regions[slots[i]]!.Match(in lookups[i], ranks[i], out states[first + i]) ? 1 : 0;
                }
                else if (slots[i] == Dense)
                {
                    states[first + i] = DenseBlock.ReadState(_dense.BlockAt(blocks[i]), statePositions[i], widths[i], present[i]);
                    found += present[i] ? 1 : 0;
                }
            }
        }

        return found;
    }

    /// <summary>The slot of the region of a positive number outside the dense blocks; -1 when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RegionSlotOf(long e164)
    {
        var slot = (ulong)((e164 / RegionSpan) - _firstRegion);
        return slot < (ulong)_regions.Length && _regions[slot] is not null ? (int)slot : -1;
    }

    private bool TryGetOutsideRegions(long e164, out CommunityState state)
    {
        if (_hasFallback)
        {
            return _fallback.TryGet(e164, out state);
        }

        state = CommunityState.None;
        return false;
    }

    /// <summary>A new snapshot with the changes applied (last one wins per number); this one is unchanged.</summary>
    public CommunityIndex Apply(IReadOnlyList<CommunityDelta> deltas) => DeltaApplication.Apply(this, deltas, DeltaApplication.MinFoldChurn);

    /// <summary>As <see cref="Apply(IReadOnlyList{CommunityDelta})"/>, folding into a full build from a smaller churn (tests reach the fold with it).</summary>
    internal CommunityIndex Apply(IReadOnlyList<CommunityDelta> deltas, int minFoldChurn) => DeltaApplication.Apply(this, deltas, minFoldChurn);

    /// <summary>Every number and its state in key order.</summary>
    internal (long[] Keys, CommunityState[] States) ToArrays()
    {
        var keys = new List<long>(Count);
        var states = new List<CommunityState>(Count);
        foreach (var (id, block) in _dense.ToDictionary())
        {
            DenseBlock.CopyTo(block, id * DenseBlock.Size, keys, states);
        }

        foreach (var region in _regions)
        {
            region?.CopyTo(keys, states);
        }

        keys.AddRange(_fallback.Keys);
        states.AddRange(_fallback.States);
        var keyArray = keys.ToArray();
        var stateArray = states.ToArray();
        Array.Sort(keyArray, stateArray);
        return (keyArray, stateArray);
    }
}
