using System.Runtime.InteropServices;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Registry;

/// <summary>
/// What screening and the scrub read of the refusal registry and the business registry at one
/// change-feed position. Immutable, so readers never lock; a change makes a new snapshot
/// (<see cref="Apply"/>) that shares what it did not touch.
/// </summary>
/// <remarks>
/// Sized for a registry of 10^8 subscribers (issue #10 part 8): the refusals are a second
/// <see cref="CommunityIndex"/> keyed by the callee whose state byte is the refused
/// <see cref="MarketingCategories"/> (six bits, so a few bits a number and no object per refusal);
/// the business lines, far fewer, are three sorted arrays searched by halving; the businesses'
/// names are a side table keyed by business id, which only a reason or a label reads.
/// </remarks>
public sealed class RegistrySnapshot
{
    public static readonly RegistrySnapshot Empty = new(CommunityIndex.Empty, [], [], [], new Dictionary<int, BusinessName>());

    /// <summary>A line's state byte: the categories in the low six bits, the kind above them.</summary>
    private const int KindShift = 6;

    private readonly CommunityIndex _refusals;
    private readonly long[] _lineNumbers;
    private readonly int[] _lineBusinesses;
    private readonly byte[] _lineStates;

    // Never written after construction, which makes concurrent reads safe.
    private readonly Dictionary<int, BusinessName> _names;

    private RegistrySnapshot(CommunityIndex refusals, long[] lineNumbers, int[] lineBusinesses, byte[] lineStates, Dictionary<int, BusinessName> names)
    {
        _refusals = refusals;
        _lineNumbers = lineNumbers;
        _lineBusinesses = lineBusinesses;
        _lineStates = lineStates;
        _names = names;
    }

    /// <summary>How many subscribers refuse something.</summary>
    public int RefusalCount => _refusals.Count;

    /// <summary>How many approved business numbers there are.</summary>
    public int LineCount => _lineNumbers.Length;

    /// <summary>The arrays' memory (the name table is per business and left out).</summary>
    public long SizeInBytes => _refusals.SizeInBytes + (13L * _lineNumbers.Length) + 72;

    /// <summary>Builds a snapshot from rows read in any order; a number given twice keeps its last row.</summary>
    public static RegistrySnapshot Build(IEnumerable<RegisteredRefusal> refusals, IEnumerable<RegisteredLine> lines, IReadOnlyDictionary<int, BusinessName> names)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(names);
        var builder = new CommunityIndexBuilder();
        foreach (var refusal in refusals)
        {
            builder.Add(refusal.Subscriber, RefusalState(refusal.Categories));
        }

        return Build(builder.Build(), lines, names);
    }

    /// <summary>
    /// Builds a snapshot around a refusal index built elsewhere (keyed by subscriber, each state the
    /// <see cref="RefusalState"/> of its categories): the served snapshot streams 10^8 rows into one
    /// without holding a row object each (issue #10 part 8).
    /// </summary>
    public static RegistrySnapshot Build(CommunityIndex refusals, IEnumerable<RegisteredLine> lines, IReadOnlyDictionary<int, BusinessName> names)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(names);
        var (numbers, businesses, states) = Merge([], [], [], [.. lines]);
        return new RegistrySnapshot(refusals, numbers, businesses, states, new Dictionary<int, BusinessName>(names));
    }

    /// <summary>
    /// A snapshot with the changes applied: each refusal's new categories (none: withdrawn), each
    /// line's new row (kind none: removed) and each business's name (null: the business is gone).
    /// </summary>
    public RegistrySnapshot Apply(IReadOnlyList<RegisteredRefusal> refusals, IReadOnlyList<RegisteredLine> lines, IReadOnlyList<KeyValuePair<int, BusinessName?>> names)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(names);
        if (refusals.Count == 0 && lines.Count == 0 && names.Count == 0)
        {
            return this;
        }

        var index = refusals.Count == 0 ? _refusals : _refusals.Apply([.. refusals.Select(r => new CommunityDelta(r.Subscriber, RefusalState(r.Categories)))]);
        var (numbers, businesses, states) = lines.Count == 0 ? (_lineNumbers, _lineBusinesses, _lineStates) : Merge(_lineNumbers, _lineBusinesses, _lineStates, lines);
        var table = _names;
        if (names.Count > 0)
        {
            table = new Dictionary<int, BusinessName>(_names);
            foreach (var (id, name) in names)
            {
                if (name is null)
                {
                    table.Remove(id);
                }
                else
                {
                    table[id] = name;
                }
            }
        }

        return new RegistrySnapshot(index, numbers, businesses, states, table);
    }

    /// <summary>The marketing categories <paramref name="subscriber"/> refused; none when it refused nothing.</summary>
    public MarketingCategories RefusalsOf(long subscriber) =>
        _refusals.TryGet(subscriber, out var state) ? (MarketingCategories)state : MarketingCategories.None;

    /// <summary>
    /// The refusals of many subscribers at once (<paramref name="refused"/>[i] for <paramref name="subscribers"/>[i]),
    /// faster per number than <see cref="RefusalsOf(long)"/> in a loop: what the scrub reads.
    /// </summary>
    public void RefusalsOf(ReadOnlySpan<long> subscribers, Span<MarketingCategories> refused) =>
        _refusals.TryGetMany(subscribers, MemoryMarshal.Cast<MarketingCategories, CommunityState>(refused));

    /// <summary>The approved business line <paramref name="number"/> is, with its business's name; false when it is none.</summary>
    public bool TryGetLine(long number, out BusinessLine line)
    {
        var at = Array.BinarySearch(_lineNumbers, number);
        if (at < 0)
        {
            line = default;
            return false;
        }

        var state = _lineStates[at];
        var business = _lineBusinesses[at];
        line = new BusinessLine(business, (BusinessLineKind)(state >> KindShift), (MarketingCategories)(state & (byte)MarketingCategories.All), _names.GetValueOrDefault(business));
        return true;
    }

    /// <summary>A refusal's state in the index. The index has no state "none" (it means absent), which is what a withdrawn refusal is.</summary>
    public static CommunityState RefusalState(MarketingCategories categories) => (CommunityState)(byte)(categories & MarketingCategories.All);

    /// <summary>The sorted lines with <paramref name="changes"/> applied in order (the last change of a number wins).</summary>
    private static (long[] Numbers, int[] Businesses, byte[] States) Merge(long[] numbers, int[] businesses, byte[] states, IReadOnlyList<RegisteredLine> changes)
    {
        var latest = new SortedDictionary<long, RegisteredLine>();
        foreach (var change in changes)
        {
            latest[change.Number] = change;
        }

        var outNumbers = new List<long>(numbers.Length + latest.Count);
        var outBusinesses = new List<int>(numbers.Length + latest.Count);
        var outStates = new List<byte>(numbers.Length + latest.Count);
        var i = 0;
        foreach (var change in latest.Values)
        {
            for (; i < numbers.Length && numbers[i] < change.Number; i++)
            {
                outNumbers.Add(numbers[i]);
                outBusinesses.Add(businesses[i]);
                outStates.Add(states[i]);
            }

            if (i < numbers.Length && numbers[i] == change.Number)
            {
                i++;
            }

            if (change.Kind != BusinessLineKind.None)
            {
                outNumbers.Add(change.Number);
                outBusinesses.Add(change.BusinessId);
                outStates.Add((byte)(((int)change.Kind << KindShift) | (byte)(change.Categories & MarketingCategories.All)));
            }
        }

        for (; i < numbers.Length; i++)
        {
            outNumbers.Add(numbers[i]);
            outBusinesses.Add(businesses[i]);
            outStates.Add(states[i]);
        }

        return (outNumbers.ToArray(), outBusinesses.ToArray(), outStates.ToArray());
    }
}
