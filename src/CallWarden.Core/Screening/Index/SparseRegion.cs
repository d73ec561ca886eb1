using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// The numbers of one region that are not in a dense block, as an Elias-Fano set cut into segments.
/// A key x (relative to <c>_origin</c>) splits into a bucket <c>x &gt;&gt; l</c>, written in unary in the
/// upper bits, and its low l bits, stored beside the number's state in one packed field. A directory
/// entry per superblock of 64 or 128 buckets gives the superblock's position in the upper bits
/// directly, so a lookup touches three places: the directory entry, 128 bits of upper bits, the
/// packed fields (ADR-001). Segments own their arrays so that a delta rebuilds only those it touches.
/// </summary>
/// <remarks>
/// Segment layout (one ulong[]): word 0 = word offset of the fields; the directory, one ushort
/// (or uint) per superblock; the upper bits, whose bit 0 is a zero standing for the end of an (absent) bucket
/// before the first; the fields (l low bits, then the state); two spare words, so that reads of a
/// 128-bit window or an unaligned word never need a bounds check.
/// </remarks>
internal sealed partial class SparseRegion
{
    /// <summary>
    /// Numbers a segment aims at: small enough that a delta re-encodes little, large enough that a
    /// segment's own cost (array header, offsets, padding: ~640 bits) stays under 0.1 bit a number.
    /// </summary>
    private const int TargetPerSegment = 1 << 13;
    private const int MaxFieldsPerWord = 4;

    private readonly long _origin;
    private readonly ulong _maxOffset;
    private readonly int _lowBits;
    private readonly ulong _lowMask;
    private readonly int _fieldBits;
    private readonly ulong _fieldMask;

    /// <summary>How many fields one unaligned 8-byte read always holds (it may start up to 7 bits early), at most 4.</summary>
    private readonly int _fieldsPerWord;
    private readonly int _superShift;

    /// <summary>
    /// Directory entries are 16-bit when every segment's upper bits are shorter than 2^16 (the usual
    /// case: ~2^13 numbers and ~2^14 buckets), which halves the directory to ~0.25 bit a number.
    /// </summary>
    private readonly bool _narrowDirectory;
    private readonly int _directoryEntryBits;

    /// <summary>Numbers per bucket at build time, times 2^16: to guess where a bucket's fields are.</summary>
    private readonly long _perBucket16;
    private readonly int _segmentShift;
    private readonly ulong _segmentMask;
    private readonly long _upperStart;
    private readonly ulong[][] _segments;
    private readonly int[] _counts;

    /// <summary>
    /// Where each segment's fields start (in bits). Kept here, in one small array that stays cached,
    /// rather than read from each segment's first word: the segments are large arrays that all start
    /// at the same offset within a page, so their first words compete for the same cache sets.
    /// </summary>
    private readonly long[] _fieldStarts;

    private SparseRegion(SparseRegion shape, ulong[][] segments, int[] counts, int count)
        : this(shape._origin, shape._maxOffset, shape._lowBits, shape.StateBits, shape._superShift, shape._segmentShift, shape._narrowDirectory, segments, counts, count, shape.BuildCount)
    {
    }

    private SparseRegion(long origin, ulong maxOffset, int lowBits, int stateBits, int superShift, int segmentShift, bool narrowDirectory, ulong[][] segments, int[] counts, int count, int buildCount)
    {
        _origin = origin;
        _maxOffset = maxOffset;
        _lowBits = lowBits;
        _lowMask = (1UL << lowBits) - 1;
        StateBits = stateBits;
        _fieldBits = lowBits + stateBits;
        _fieldMask = (1UL << _fieldBits) - 1;
        _fieldsPerWord = Math.Min(MaxFieldsPerWord, 57 / _fieldBits);
        _superShift = superShift;
        _segmentShift = segmentShift;
        _segmentMask = (1UL << segmentShift) - 1;
        _perBucket16 = (long)(((double)buildCount / (double)((maxOffset >> lowBits) + 1)) * 65536);
        _narrowDirectory = narrowDirectory;
        _directoryEntryBits = narrowDirectory ? 16 : 32;
        _upperStart = 64L * (1 + DirectoryWords(segmentShift - superShift, narrowDirectory));
        _segments = segments;
        _counts = counts;
        _fieldStarts = new long[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            _fieldStarts[i] = 64 * (long)segments[i][0];
        }

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
            // The object, three arrays' headers, per segment a reference, a count and a field offset,
            // then each segment's words and header.
            long bytes = 96 + (3 * 24) + (_segments.Length * 20L);
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
        if (!Locate(key, out var lookup))
        {
            state = CommunityState.None;
            return false;
        }

        var rank = Bucket(ref lookup);
        return Match(in lookup, rank, out state);
    }

    /// <summary>Step 1 of a lookup: the segment and the directory entry (one memory access).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Locate(long key, out SparseLookup lookup)
    {
        var offset = (ulong)(key - _origin);
        if (offset > _maxOffset)
        {
            lookup = default;
            return false;
        }

        var bucket = offset >> _lowBits;
        var segment = (int)(bucket >> _segmentShift);
        var words = _segments[segment];
        var local = (int)(bucket & _segmentMask);
        var superblock = local >> _superShift;
        var directory = DirectoryEntry(words, superblock);
        lookup = new SparseLookup(segment, offset, _upperStart + directory, local, _fieldStarts[segment]);

        // The directory entry gives the rank at the superblock's start; the bucket's rank is that
        // plus about k × (numbers per bucket), give or take a few numbers. Prefetching the fields
        // there lets their miss overlap the upper bits' instead of following it.
        var estimate = directory - ((long)superblock << _superShift) + (((long)(local & ((1 << _superShift) - 1)) * _perBucket16) >> 16);
        var fields = lookup.FieldStart + (estimate * _fieldBits);
        Bits.Prefetch(words, fields - 256);
        Bits.Prefetch(words, fields + 256);
        return true;
    }

    /// <summary>Batch step 1: where the key's directory entry is, prefetched rather than read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Begin(long key, out SparseLookup lookup)
    {
        var offset = (ulong)(key - _origin);
        if (offset > _maxOffset)
        {
            lookup = default;
            return false;
        }

        var bucket = offset >> _lowBits;
        var segment = (int)(bucket >> _segmentShift);
        var local = (int)(bucket & _segmentMask);
        lookup = new SparseLookup(segment, offset, 0, local, _fieldStarts[segment]);
        Bits.Prefetch(_segments[segment], 64 + ((long)_directoryEntryBits * (local >> _superShift)));
        return true;
    }

    /// <summary>Batch step 2: reads the (prefetched) directory entry and prefetches the upper bits it points at.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReadDirectory(ref SparseLookup lookup)
    {
        var words = _segments[lookup.Segment];
        lookup.Before = _upperStart + DirectoryEntry(words, lookup.Local >> _superShift);
        Bits.Prefetch(words, lookup.Before);
        Bits.Prefetch(words, lookup.Before + 128);
    }

    /// <summary>Batch step 3: the bucket from the (prefetched) upper bits, prefetching its fields; returns the rank.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long BucketThenPrefetch(ref SparseLookup lookup)
    {
        var rank = Bucket(ref lookup);
        var fields = lookup.FieldStart + (rank * _fieldBits);
        var words = _segments[lookup.Segment];
        Bits.Prefetch(words, fields);
        Bits.Prefetch(words, fields + 63);
        return rank;
    }

    /// <summary>Step 2: the bucket's first rank and size from the upper bits (one access); returns the rank.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Bucket(ref SparseLookup lookup)
    {
        // The directory points at the zero that closes the bucket before the superblock. Our bucket
        // lies between the k-th and (k+1)-th zeros from there; both are almost always in the next
        // 128 bits, where pdep finds them without a branch on where they fall.
        var words = _segments[lookup.Segment];
        var before = lookup.Before;
        var k = lookup.Local & ((1 << _superShift) - 1);
        Bits.Window128(words, before, out var low, out var high);
        var zerosLow = BitOperations.PopCount(~low);
        long start, end;
        if (Bmi2.X64.IsSupported && k + 2 <= zerosLow + BitOperations.PopCount(~high))
        {
            var inLow0 = BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << k, ~low));
            var inLow1 = BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(2UL << k, ~low));
            var inHigh0 = 64 + BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << (k - zerosLow), ~high));
            var inHigh1 = 64 + BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << (k + 1 - zerosLow), ~high));
            start = before + 1 + (k < zerosLow ? inLow0 : inHigh0);
            end = before + (k + 1 < zerosLow ? inLow1 : inHigh1);
        }
        else
        {
            start = Bits.SelectZero(words, before, k) + 1;
            end = Bits.SelectZero(words, start, 0);
        }

        lookup.Size = (int)(end - start);
        return start - _upperStart - 1 - lookup.Local;
    }

    /// <summary>Step 3: compares the bucket's fields (one access) and reads the state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Match(in SparseLookup lookup, long rank, out CommunityState state)
    {
        var words = _segments[lookup.Segment];
        var size = lookup.Size;
        var fieldBits = _fieldBits;
        var fields = lookup.FieldStart + (rank * fieldBits);
        var wanted = lookup.Offset & _lowMask;
        if (size > _fieldsPerWord)
        {
            return FindInBucket(words, fields, size, wanted, out state);
        }

        // Buckets hold under one number on average, so nearly every lookup's bucket fits in the one
        // 8-byte read below: one load, because loads waiting on the same missing cache line each hold
        // a slot another lookup could use. The fields are compared with masks, not branches: a
        // branch on data just arrived from memory mispredicts on every other lookup and throws away
        // the lookups the processor had started after it (ADR-001).
        ref var start = ref Unsafe.As<ulong, byte>(ref MemoryMarshal.GetArrayDataReference(words));
        var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, (nint)(fields >> 3))) >> (int)(fields & 7);
        var hit = 0UL;
        var value = 0UL;
        for (var i = 0; i < MaxFieldsPerWord; i++)
        {
            var field = (word >> (i * fieldBits)) & _fieldMask;
            var match = Bits.Mask(i < size & (field & _lowMask) == wanted);
            hit |= match;
            value |= field & match;
        }

        state = (CommunityState)(value >> _lowBits);
        return hit != 0;
    }

    private bool FindInBucket(ulong[] words, long fields, int size, ulong low, out CommunityState state)
    {
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

    /// <summary>The superblock's directory entry: where in the segment's upper bits the zero before it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint DirectoryEntry(ulong[] words, int superblock)
    {
        ref var entries = ref Unsafe.Add(ref Unsafe.As<ulong, byte>(ref MemoryMarshal.GetArrayDataReference(words)), 8);
        return _narrowDirectory
            ? Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref entries, 2 * superblock))
            : Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref entries, 4 * superblock));
    }

    private static int DirectoryWords(int superblockShift, bool narrow) => narrow ? ((1 << superblockShift) + 3) / 4 : ((1 << superblockShift) + 1) / 2;
}
