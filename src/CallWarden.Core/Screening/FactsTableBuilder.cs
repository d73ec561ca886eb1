namespace CallWarden.Core.Screening;

/// <summary>
/// Builds a <see cref="FactsTable"/> from numbers given in increasing order, as a scan by primary
/// key or a merge yields them, so nothing is sorted and, with the counts given up front, nothing copied.
/// </summary>
public sealed class FactsTableBuilder
{
    private long[] _numbers;
    private byte[] _scores;
    private byte[] _categories;
    private int[] _reporters;
    private CommunityFlags[] _flags;
    private int _reported;

    private long[] _restricted;
    private long[] _until;
    private int _restrictedCount;

    /// <param name="reported">How many reported numbers to expect (a count, or an estimate).</param>
    /// <param name="restricted">How many restricted numbers with an end to expect.</param>
    public FactsTableBuilder(int reported = 0, int restricted = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reported);
        ArgumentOutOfRangeException.ThrowIfNegative(restricted);
        _numbers = new long[reported];
        _scores = new byte[reported];
        _categories = new byte[reported];
        _reporters = new int[reported];
        _flags = new CommunityFlags[reported];
        _restricted = new long[restricted];
        _until = new long[restricted];
    }

    /// <summary>
    /// True when the table has to hold something of <paramref name="facts"/>: a score, reporters, a
    /// category or the under-review flag. The other flags are the index's state bits.
    /// </summary>
    public static bool IsReported(CommunityFacts facts) =>
        facts.Score > 0 || facts.DistinctReporters > 0 || facts.TopCategory is not null || facts.Has(CommunityFlags.UnderReview);

    /// <summary>Adds what the table keeps of a number's facts (nothing for <c>default</c> or for state bits alone).</summary>
    /// <exception cref="ArgumentException">The number is not above the last one added.</exception>
    public FactsTableBuilder Add(long e164, CommunityFacts facts)
    {
        if (IsReported(facts))
        {
            AddReported(e164, (byte)facts.Score, facts.TopCategory is { } category ? (byte)((int)category + 1) : (byte)0, facts.DistinctReporters, facts.Flags);
        }

        if (facts.Has(CommunityFlags.Restricted) && facts.EnforcedUntil is { } until)
        {
            AddRestriction(e164, until.UtcTicks);
        }

        return this;
    }

    public FactsTable Build() =>
        _reported + _restrictedCount == 0
            ? FactsTable.Empty
            : new FactsTable(
                Trim(_numbers, _reported), Trim(_scores, _reported), Trim(_categories, _reported), Trim(_reporters, _reported), Trim(_flags, _reported),
                Trim(_restricted, _restrictedCount), Trim(_until, _restrictedCount));

    internal void AddReported(long e164, byte score, byte category, int reporters, CommunityFlags flags)
    {
        if (_reported > 0 && e164 <= _numbers[_reported - 1])
        {
            throw new ArgumentException($"Numbers must come in increasing order: {e164} after {_numbers[_reported - 1]}.", nameof(e164));
        }

        if (_reported == _numbers.Length)
        {
            var grown = Math.Max(16, _reported + (_reported / 2));
            Array.Resize(ref _numbers, grown);
            Array.Resize(ref _scores, grown);
            Array.Resize(ref _categories, grown);
            Array.Resize(ref _reporters, grown);
            Array.Resize(ref _flags, grown);
        }

        _numbers[_reported] = e164;
        _scores[_reported] = score;
        _categories[_reported] = category;
        _reporters[_reported] = reporters;
        _flags[_reported++] = flags;
    }

    internal void AddRestriction(long e164, long untilTicks)
    {
        if (_restrictedCount > 0 && e164 <= _restricted[_restrictedCount - 1])
        {
            throw new ArgumentException($"Numbers must come in increasing order: {e164} after {_restricted[_restrictedCount - 1]}.", nameof(e164));
        }

        if (_restrictedCount == _restricted.Length)
        {
            var grown = Math.Max(16, _restrictedCount + (_restrictedCount / 2));
            Array.Resize(ref _restricted, grown);
            Array.Resize(ref _until, grown);
        }

        _restricted[_restrictedCount] = e164;
        _until[_restrictedCount++] = untilTicks;
    }

    /// <summary>The array itself when it is full (a count given up front), else a copy of its used part.</summary>
    private static T[] Trim<T>(T[] array, int count) => count == array.Length ? array : array[..count];
}
