using System.Numerics;
using System.Runtime.InteropServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>Building, decoding and re-encoding segments: the cold half of <see cref="SparseRegion"/>.</summary>
internal sealed partial class SparseRegion
{
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
        var count = _counts[segment];
        var wordIndex = (int)((_upperStart + 1) >> 6);
        var word = words[wordIndex] & (ulong.MaxValue << (int)((_upperStart + 1) & 63));
        for (var i = 0; i < count; i++)
        {
            // The i-th one bit of the upper bits is the i-th number; ones are found a word at a time.
            while (word == 0)
            {
                word = words[++wordIndex];
            }

            var position = (64L * wordIndex) + BitOperations.TrailingZeroCount(word);
            word &= word - 1;
            var bucket = firstBucket + (position - _upperStart - 1) - i;
            var field = Bits.Read(words, fields + (i * (long)_fieldBits), _fieldBits);
            keys.Add(_origin + (long)((ulong)bucket << _lowBits | (field & _lowMask)));
            states.Add((CommunityState)(field >> _lowBits));
        }
    }

    /// <summary>Builds a region over sorted, distinct keys with non-empty states.</summary>
    public static SparseRegion Create(ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states, int stateBits)
    {
        var probe = Shape(keys[0], keys[^1], keys.Length, stateBits, narrow: false);
        var ends = new int[probe.ShapedSegments];
        var maxCount = 0;
        for (int s = 0, end = 0; s < ends.Length; s++)
        {
            var start = end;
            while (end < keys.Length && probe.SegmentOf(keys[end]) == s)
            {
                end++;
            }

            ends[s] = end;
            maxCount = Math.Max(maxCount, end - start);
        }

        var shape = Shape(keys[0], keys[^1], keys.Length, stateBits, NarrowFits(probe._segmentShift, maxCount));
        var segments = new ulong[ends.Length][];
        var counts = new int[ends.Length];
        for (var s = 0; s < ends.Length; s++)
        {
            var start = s == 0 ? 0 : ends[s - 1];
            segments[s] = shape.EncodeSegment(s, keys[start..ends[s]], states[start..ends[s]]);
            counts[s] = ends[s] - start;
        }

        HugePages.Collapse(segments);
        return new SparseRegion(shape, segments, counts, keys.Length);
    }

    /// <summary>
    /// Builds a region from a buffer read twice in order, a segment (~2^13 numbers) at a time: the
    /// buffer's 3 bytes a number are all a build of 10^8 numbers holds besides the region itself.
    /// </summary>
    public static SparseRegion Create(SortedKeyBuffer keys)
    {
        var probe = Shape(keys.First, keys.Last, keys.Count, keys.StateWidth, narrow: false);
        var counts = new int[probe.ShapedSegments];
        var cursor = keys.Read();
        while (cursor.MoveNext())
        {
            counts[probe.SegmentOf(cursor.Key)]++;
        }

        var maxCount = counts.Length == 0 ? 0 : counts.Max();
        var shape = Shape(keys.First, keys.Last, keys.Count, keys.StateWidth, NarrowFits(probe._segmentShift, maxCount));
        var segments = new ulong[counts.Length][];
        var segmentKeys = new long[maxCount];
        var segmentStates = new CommunityState[maxCount];
        cursor = keys.Read();
        for (var s = 0; s < counts.Length; s++)
        {
            for (var i = 0; i < counts[s]; i++)
            {
                cursor.MoveNext();
                segmentKeys[i] = cursor.Key;
                segmentStates[i] = cursor.State;
            }

            segments[s] = shape.EncodeSegment(s, segmentKeys.AsSpan(0, counts[s]), segmentStates.AsSpan(0, counts[s]));
        }

        HugePages.Collapse(segments);
        return new SparseRegion(shape, segments, counts, keys.Count);
    }

    /// <summary>
    /// A region without segments whose parameters suit <paramref name="count"/> numbers from <paramref name="first"/>
    /// to <paramref name="last"/>, without segments yet.
    /// </summary>
    private static SparseRegion Shape(long first, long last, int count, int stateBits, bool narrow)
    {
        var maxOffset = (ulong)(last - first);
        var lowBits = Math.Max(0, BitOperations.Log2((maxOffset + 1) / (ulong)count));
        var buckets = (long)(maxOffset >> lowBits) + 1;
        var superShift = SuperblockShift((double)count / buckets);
        var superblocks = (buckets + (1 << superShift) - 1) >> superShift;
        // About 2^13 numbers a segment, and no more superblocks than the region has: a small
        // region's one segment would otherwise carry the zeros and directory of buckets that do not exist.
        var perSegment = Math.Clamp(BitOperations.Log2((ulong)Math.Max(1, superblocks * TargetPerSegment / count)), 0, 20);
        perSegment = Math.Min(perSegment, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((ulong)superblocks)));
        var segmentShift = superShift + perSegment;
        return new SparseRegion(first, maxOffset, lowBits, stateBits, superShift, segmentShift, narrow, [], [], 0, count);
    }

    /// <summary>How many segments the shape's buckets fill.</summary>
    private int ShapedSegments => (int)(((long)(_maxOffset >> _lowBits) + (1L << _segmentShift)) >> _segmentShift);

    /// <summary>True when a segment of 2^shift buckets holding <paramref name="count"/> numbers has upper bits a 16-bit entry can point into.</summary>
    private static bool NarrowFits(int segmentShift, int count) => (1L << segmentShift) + count < ushort.MaxValue;

    internal int SegmentCount => _segments.Length;

    internal bool HasNarrowDirectory => _narrowDirectory;

    internal bool SharesSegment(SparseRegion other, int segment) => ReferenceEquals(_segments[segment], other._segments[segment]);

    /// <summary>
    /// Buckets per directory entry, as a power of two. Where buckets hold 0.75–1 numbers on average,
    /// 64 buckets span ~116 upper bits, which the 128-bit window of a lookup nearly always covers, for
    /// a 16-bit entry per ~55 numbers (~0.3 bit each). Where buckets are sparser (10^8 numbers in the
    /// +86 space: 0.51), 64 buckets hold too few numbers to pay for their entry within the memory
    /// target, and 128 keep the directory at ~0.25 bit a number.
    /// </summary>
    private static int SuperblockShift(double perBucket) => perBucket >= 0.75 ? 6 : 7;

    /// <summary>True when the key falls inside the range this region's shape covers.</summary>
    public bool Covers(long key) => (ulong)(key - _origin) <= _maxOffset;

    private int SegmentOf(long key) => (int)(((ulong)(key - _origin) >> _lowBits) >> _segmentShift);

    private ulong[] EncodeSegment(int segment, ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states)
    {
        var bucketsPerSegment = 1L << _segmentShift;
        var fieldsStart = (_upperStart + 1 + bucketsPerSegment + keys.Length + 63) >> 6;

        // Two spare words: a lookup reads a 128-bit window that may start in the last upper word.
        var words = HugePages.Allocate((int)(fieldsStart + Bits.WordsFor((long)keys.Length * _fieldBits) + 2));
        words[0] = (ulong)fieldsStart;
        var entries = MemoryMarshal.AsBytes(words.AsSpan(1, DirectoryWords(_segmentShift - _superShift, _narrowDirectory)));
        var superblocks = 1 << (_segmentShift - _superShift);

        var firstBucket = (long)segment << _segmentShift;
        var nextSuperblock = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var offset = (ulong)(keys[i] - _origin);
            var local = (long)(offset >> _lowBits) - firstBucket;
            while ((long)nextSuperblock << _superShift <= local)
            {
                SetDirectoryEntry(entries, nextSuperblock, ((long)nextSuperblock << _superShift) + i);
                nextSuperblock++;
            }

            // Bit 0 of the upper bits stays zero: it closes the (absent) bucket before the first.
            Bits.Set(words, _upperStart + 1 + local + i);
            Bits.Write(words, (64 * fieldsStart) + ((long)i * _fieldBits), _fieldBits, (offset & _lowMask) | ((ulong)states[i] << _lowBits));
        }

        for (; nextSuperblock < superblocks; nextSuperblock++)
        {
            SetDirectoryEntry(entries, nextSuperblock, ((long)nextSuperblock << _superShift) + keys.Length);
        }

        return words;
    }

    private void SetDirectoryEntry(Span<byte> entries, int superblock, long position)
    {
        if (_narrowDirectory)
        {
            MemoryMarshal.Cast<byte, ushort>(entries)[superblock] = checked((ushort)position);
        }
        else
        {
            MemoryMarshal.Cast<byte, uint>(entries)[superblock] = checked((uint)position);
        }
    }

    /// <summary>
    /// A new region with the changes (sorted, distinct keys; <see cref="CommunityState.None"/> removes)
    /// applied by re-encoding only the segments they touch, or null when the changes do not fit this
    /// region's shape (a key outside its range, a state wider than its fields, a segment grown past
    /// what 16-bit directory entries reach) and it must be rebuilt.
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
        var encoded = new List<ulong[]>();
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
            if (_narrowDirectory && !NarrowFits(_segmentShift, newKeys.Length))
            {
                return null;
            }

            segments[segment] = EncodeSegment(segment, newKeys, newStates);
            encoded.Add(segments[segment]);
            count += newKeys.Length - counts[segment];
            counts[segment] = newKeys.Length;
            start = end;
        }

        HugePages.Collapse(encoded);
        return new SparseRegion(this, segments, counts, count);
    }
}
