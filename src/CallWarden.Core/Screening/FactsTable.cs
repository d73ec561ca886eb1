using CallWarden.Core.Reports;

namespace CallWarden.Core.Screening;

/// <summary>
/// The side table beside the community index: what reasons need and state bits cannot hold. For
/// each reported number its score, reporters, top category and flags (under review lives only here);
/// for each restricted number when the restriction ends. Numbers with state bits and nothing else
/// (registries, a suspension) are not here: the index alone knows them.
/// </summary>
/// <remarks>
/// Sorted structures of arrays rather than a dictionary entry per number (issue #10 part 8): 15 bytes
/// a reported number and 16 a restricted one, against ~60 for a <c>Dictionary</c> entry and its facts.
/// A lookup bisects a sample of every 64th number first, which stays in cache, then one run of 64.
/// </remarks>
public sealed class FactsTable
{
    public static readonly FactsTable Empty = new([], [], [], [], [], [], []);

    private const int SampleShift = 6;

    private readonly long[] _numbers;
    private readonly long[] _samples;
    private readonly byte[] _scores;

    /// <summary>The category plus one, so that zero has none (as in <see cref="CommunityFacts"/>).</summary>
    private readonly byte[] _categories;
    private readonly int[] _reporters;
    private readonly CommunityFlags[] _flags;

    private readonly long[] _restricted;
    private readonly long[] _restrictedUntilTicks;

    internal FactsTable(long[] numbers, byte[] scores, byte[] categories, int[] reporters, CommunityFlags[] flags, long[] restricted, long[] restrictedUntilTicks)
    {
        _numbers = numbers;
        _scores = scores;
        _categories = categories;
        _reporters = reporters;
        _flags = flags;
        _restricted = restricted;
        _restrictedUntilTicks = restrictedUntilTicks;
        _samples = new long[(numbers.Length + (1 << SampleShift) - 1) >> SampleShift];
        for (var i = 0; i < _samples.Length; i++)
        {
            _samples[i] = numbers[i << SampleShift];
        }
    }

    /// <summary>How many reported numbers the table holds.</summary>
    public int ReportedCount => _numbers.Length;

    /// <summary>How many restricted numbers have an end.</summary>
    public int RestrictedCount => _restricted.Length;

    /// <summary>The arrays' memory with their headers.</summary>
    public long SizeInBytes =>
        (7 * 24) + (_numbers.Length * 15L) + (_samples.Length * 8L) + (_restricted.Length * 16L);

    /// <summary>
    /// True when the table holds facts for a reported number; <paramref name="facts"/> then has its
    /// score, category, reporters, flags and restriction end.
    /// </summary>
    public bool TryGetReported(long e164, out CommunityFacts facts)
    {
        var at = Find(_numbers, _samples, e164);
        if (at < 0)
        {
            facts = default;
            return false;
        }

        var flags = _flags[at];
        var category = _categories[at];
        facts = new CommunityFacts(
            _scores[at], category == 0 ? null : (ReportCategory)(category - 1), _reporters[at], flags, (flags & CommunityFlags.Restricted) != 0 ? RestrictionEnd(e164) : null);
        return true;
    }

    /// <summary>When the restriction of <paramref name="e164"/> ends; null when it has no end or is not restricted.</summary>
    public DateTimeOffset? RestrictionEnd(long e164)
    {
        var at = Array.BinarySearch(_restricted, e164);
        return at < 0 ? null : new DateTimeOffset(_restrictedUntilTicks[at], TimeSpan.Zero);
    }

    /// <summary>
    /// The table with <paramref name="changes"/> (sorted by number, distinct; <c>default</c>: nothing
    /// known any more) merged in: one pass over both, so a fold costs what a copy costs.
    /// </summary>
    public FactsTable Merge(ReadOnlySpan<KeyValuePair<long, CommunityFacts>> changes)
    {
        var builder = new FactsTableBuilder(_numbers.Length + changes.Length, _restricted.Length);
        var i = 0;
        var r = 0;
        foreach (var (number, facts) in changes)
        {
            for (; i < _numbers.Length && _numbers[i] < number; i++)
            {
                builder.AddReported(_numbers[i], _scores[i], _categories[i], _reporters[i], _flags[i]);
            }

            for (; r < _restricted.Length && _restricted[r] < number; r++)
            {
                builder.AddRestriction(_restricted[r], _restrictedUntilTicks[r]);
            }

            i += i < _numbers.Length && _numbers[i] == number ? 1 : 0;
            r += r < _restricted.Length && _restricted[r] == number ? 1 : 0;
            builder.Add(number, facts);
        }

        for (; i < _numbers.Length; i++)
        {
            builder.AddReported(_numbers[i], _scores[i], _categories[i], _reporters[i], _flags[i]);
        }

        for (; r < _restricted.Length; r++)
        {
            builder.AddRestriction(_restricted[r], _restrictedUntilTicks[r]);
        }

        return builder.Build();
    }

    /// <summary>Where <paramref name="key"/> sits in <paramref name="sorted"/>, or -1.</summary>
    private static int Find(long[] sorted, long[] samples, long key)
    {
        var run = Array.BinarySearch(samples, key);
        if (run >= 0)
        {
            return run << SampleShift;
        }

        run = ~run - 1;
        if (run < 0)
        {
            return -1;
        }

        var start = run << SampleShift;
        var at = Array.BinarySearch(sorted, start, Math.Min(1 << SampleShift, sorted.Length - start), key);
        return at < 0 ? -1 : at;
    }
}
