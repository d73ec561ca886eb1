using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// The numbers of one region that are not in a dense block, as an Elias-Fano set cut into segments.
/// A key x (relative to <c>_origin</c>) splits into a bucket <c>x &gt;&gt; l</c>, written in unary in the
/// upper bits, and its low l bits, stored beside the number's state in one packed field. A directory
/// entry per superblock of 128 buckets gives the superblock's position in the upper bits directly, so
/// a lookup is: directory word, one 64-bit window of upper bits, the packed fields (ADR-001).
/// Segments own their arrays so that a delta rebuilds only the segments it touches.
/// </summary>
/// <remarks>
/// Segment layout (one ulong[]): word 0 = word offset of the fields; then the directory, one uint per
/// superblock; then the upper bits; then the fields (l low bits, then the state); then a spare word.
/// </remarks>
internal sealed class SparseRegion
{
    internal const int SuperShift = 7;
    private const int TargetPerSegment = 1 << 16;

    private readonly long _origin;
    private readonly ulong _maxOffset;
    private readonly int _lowBits;
    private readonly ulong _lowMask;
    private readonly int _fieldBits;
    private readonly int _segmentShift;
    private readonly ulong _segmentMask;
    private readonly long _upperStart;
    private readonly ulong[][] _segments;
    private readonly int[] _counts;

    private SparseRegion(SparseRegion shape, ulong[][] segments, int[] counts, int count)
        : this(shape._origin, shape._maxOffset, shape._lowBits, shape.StateBits, shape._segmentShift, segments, counts, count, shape.BuildCount)
    {
    }

    private SparseRegion(long origin, ulong maxOffset, int lowBits, int stateBits, int segmentShift, ulong[][] segments, int[] counts, int count, int buildCount)
    {
        _origin = origin;
        _maxOffset = maxOffset;
        _lowBits = lowBits;
        _lowMask = (1UL << lowBits) - 1;
        StateBits = stateBits;
        _fieldBits = lowBits + stateBits;
        _segmentShift = segmentShift;
        _segmentMask = (1UL << segmentShift) - 1;
        _upperStart = 64L * (1 + DirectoryWords(segmentShift));
        _segments = segments;
        _counts = counts;
        Count = count;
        BuildCount = buildCount;
    }

    public int Count { get; }

    public int StateBits { get; }

    /// <summary>How many numbers the shape (low bits, segment size) was chosen for.</summary>
    public int BuildCount { get; }

    public long SizeInBytes
    {
        get
        {
            long bytes = 64 + (_segments.Length * 12L);
            foreach (var segment in _segments)
            {
                bytes += 24 + (segment.Length * 8L);
            }

            return bytes;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(long key, out CommunityState state)
    {
        var offset = (ulong)(key - _origin);
        if (offset > _maxOffset)
        {
            state = CommunityState.None;
            return false;
        }

        var bucket = offset >> _lowBits;
        var words = _segments[(int)(bucket >> _segmentShift)];
        var local = (int)(bucket & _segmentMask);
        var directory = Unsafe.Add(ref Unsafe.As<ulong, uint>(ref MemoryMarshal.GetArrayDataReference(words)), 2 + (local >> SuperShift));
        var position = _upperStart + directory;

        // Skip the zeros that close the buckets before ours inside the superblock.
        var skip = local & ((1 << SuperShift) - 1);
        while (skip != 0)
        {
            var zeros = ~Bits.Window(words, position);
            var count = BitOperations.PopCount(zeros);
            if (count >= skip)
            {
                position += Bits.Select(zeros, skip - 1) + 1;
                break;
            }

            position += 64;
            skip -= count;
        }

        var size = BitOperations.TrailingZeroCount(~Bits.Window(words, position));
        if (size == 0)
        {
            state = CommunityState.None;
            return false;
        }

        if (size == 64)
        {
            size = BucketSize(words, position);
        }

        var rank = position - _upperStart - local;
        return FindInBucket(words, rank, size, offset & _lowMask, out state);
    }

    private bool FindInBucket(ulong[] words, long rank, int size, ulong low, out CommunityState state)
    {
        var fields = (64 * (long)words[0]) + (rank * _fieldBits);
        int lo = 0, hi = size;
        while (hi - lo > 8)
        {
            var mid = (lo + hi) >>> 1;
            if ((Bits.Read(words, fields + (mid * (long)_fieldBits), _fieldBits) & _lowMask) < low)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // The bisection leaves the first field not below `low` in [lo, hi], and hi may be it.
        for (var i = lo; i < size; i++)
        {
            var field = Bits.Read(words, fields + (i * (long)_fieldBits), _fieldBits);
            var fieldLow = field & _lowMask;
            if (fieldLow >= low)
            {
                state = (CommunityState)(fieldLow == low ? field >> _lowBits : 0);
                return fieldLow == low;
            }
        }

        state = CommunityState.None;
        return false;
    }

    private static int BucketSize(ulong[] words, long position)
    {
        var size = 0;
        int run;
        do
        {
            run = BitOperations.TrailingZeroCount(~Bits.Window(words, position + size));
            size += run;
        }
        while (run == 64);
        return size;
    }

    private static int DirectoryWords(int segmentShift) => ((1 << (segmentShift - SuperShift)) + 1) / 2;

    /// <summary>Every number in key order, appended to the lists.</summary>
    public void CopyTo(List<long> keys, List<CommunityState> states)
    {
        for (var s = 0; s < _segments.Length; s++)
        {
            DecodeSegment(s, keys, states);
        }
    }

    private void DecodeSegment(int segment, List<long> keys, List<CommunityState> states)
    {
        var words = _segments[segment];
        var fields = 64 * (long)words[0];
        var firstBucket = (long)segment << _segmentShift;
        var position = _upperStart;
        for (var i = 0; i < _counts[segment]; i++)
        {
            while ((words[position >> 6] & (1UL << (int)(position & 63))) == 0)
            {
                position++;
            }

            var bucket = firstBucket + (position - _upperStart) - i;
            var field = Bits.Read(words, fields + (i * (long)_fieldBits), _fieldBits);
            keys.Add(_origin + (long)((ulong)bucket << _lowBits | (field & _lowMask)));
            states.Add((CommunityState)(field >> _lowBits));
            position++;
        }
    }

    /// <summary>Builds a region over sorted, distinct keys with non-empty states.</summary>
    public static SparseRegion Create(ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states, int stateBits)
    {
        var origin = keys[0];
        var maxOffset = (ulong)(keys[^1] - origin);
        var lowBits = Math.Max(0, BitOperations.Log2((maxOffset + 1) / (ulong)keys.Length));
        var buckets = (long)(maxOffset >> lowBits) + 1;
        var superblocks = (buckets + (1 << SuperShift) - 1) >> SuperShift;
        var perSegment = Math.Clamp(BitOperations.Log2((ulong)Math.Max(1, superblocks * TargetPerSegment / keys.Length)), 0, 20);
        var segmentShift = SuperShift + perSegment;
        var segmentCount = (int)((buckets + (1L << segmentShift) - 1) >> segmentShift);

        var shape = new SparseRegion(origin, maxOffset, lowBits, stateBits, segmentShift, [], [], 0, keys.Length);
        var segments = new ulong[segmentCount][];
        var counts = new int[segmentCount];
        var start = 0;
        for (var s = 0; s < segmentCount; s++)
        {
            var end = start;
            while (end < keys.Length && shape.SegmentOf(keys[end]) == s)
            {
                end++;
            }

            segments[s] = shape.EncodeSegment(s, keys[start..end], states[start..end]);
            counts[s] = end - start;
            start = end;
        }

        return new SparseRegion(shape, segments, counts, keys.Length);
    }

    internal int SegmentCount => _segments.Length;

    internal bool SharesSegment(SparseRegion other, int segment) => ReferenceEquals(_segments[segment], other._segments[segment]);

    /// <summary>True when the key falls inside the range this region's shape covers.</summary>
    public bool Covers(long key) => (ulong)(key - _origin) <= _maxOffset;

    private int SegmentOf(long key) => (int)(((ulong)(key - _origin) >> _lowBits) >> _segmentShift);

    private ulong[] EncodeSegment(int segment, ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states)
    {
        var bucketsPerSegment = 1L << _segmentShift;
        var fieldsStart = (_upperStart + bucketsPerSegment + keys.Length + 63) >> 6;
        var words = new ulong[fieldsStart + Bits.WordsFor((long)keys.Length * _fieldBits) + 1];
        words[0] = (ulong)fieldsStart;
        var directory = MemoryMarshal.Cast<ulong, uint>(words.AsSpan(1, DirectoryWords(_segmentShift)));

        var firstBucket = (long)segment << _segmentShift;
        var nextSuperblock = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var offset = (ulong)(keys[i] - _origin);
            var local = (long)(offset >> _lowBits) - firstBucket;
            while ((long)nextSuperblock << SuperShift <= local)
            {
                directory[nextSuperblock] = (uint)(((long)nextSuperblock << SuperShift) + i);
                nextSuperblock++;
            }

            Bits.Set(words, _upperStart + local + i);
            Bits.Write(words, (64 * fieldsStart) + ((long)i * _fieldBits), _fieldBits, (offset & _lowMask) | ((ulong)states[i] << _lowBits));
        }

        for (; nextSuperblock < directory.Length && (long)nextSuperblock << SuperShift < bucketsPerSegment; nextSuperblock++)
        {
            directory[nextSuperblock] = (uint)(((long)nextSuperblock << SuperShift) + keys.Length);
        }

        return words;
    }

    /// <summary>
    /// A new region with the changes (sorted, distinct keys; <see cref="CommunityState.None"/> removes)
    /// applied by re-encoding only the segments they touch, or null when the changes do not fit this
    /// region's shape (a key outside its range or a state wider than its fields) and it must be rebuilt.
    /// </summary>
    public SparseRegion? Apply(ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states)
    {
        foreach (var key in keys)
        {
            if (!Covers(key))
            {
                return null;
            }
        }

        foreach (var state in states)
        {
            if ((int)state >= 1 << StateBits)
            {
                return null;
            }
        }

        var segments = (ulong[][])_segments.Clone();
        var counts = (int[])_counts.Clone();
        var count = Count;
        var start = 0;
        var oldKeys = new List<long>();
        var oldStates = new List<CommunityState>();
        while (start < keys.Length)
        {
            var segment = SegmentOf(keys[start]);
            var end = start;
            while (end < keys.Length && SegmentOf(keys[end]) == segment)
            {
                end++;
            }

            oldKeys.Clear();
            oldStates.Clear();
            DecodeSegment(segment, oldKeys, oldStates);
            var (newKeys, newStates) = SortedMerge.Apply(CollectionsMarshal.AsSpan(oldKeys), CollectionsMarshal.AsSpan(oldStates), keys[start..end], states[start..end]);
            segments[segment] = EncodeSegment(segment, newKeys, newStates);
            count += newKeys.Length - counts[segment];
            counts[segment] = newKeys.Length;
            start = end;
        }

        return new SparseRegion(this, segments, counts, count);
    }
}
