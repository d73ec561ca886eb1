using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Data.Screening;

/// <summary>
/// What screening reads about callers at one change-feed position: the community index for the
/// state bits of every number with one, and a side table (<see cref="FactsTable"/>) with the score,
/// reporters, category and restriction end of the numbers whose reasons need them. Immutable: a
/// change makes a new snapshot (<see cref="Apply"/>), so readers never lock. Live screening and the
/// dry run both read this type, built by <see cref="CommunitySnapshotBuilder"/> from one reader.
/// </summary>
public sealed class CommunitySnapshot : ICommunityView
{
    /// <summary>Below this many overlay entries a change copies only the overlay; above, the side table is folded.</summary>
    private const int MinFold = 4096;

    /// <summary>The overlay folds once it holds this fraction of the table, so it stays a few bytes a number.</summary>
    private const int FoldDivisor = 32;

    public static readonly CommunitySnapshot Empty = new(CommunityIndex.Empty, FactsTable.Empty, [], RegistrySnapshot.Empty, 0);

    /// <summary>Changes since the last fold; a <c>default</c> value means the number left the table. Never written after construction.</summary>
    private readonly Dictionary<long, CommunityFacts> _overlay;

    internal CommunitySnapshot(CommunityIndex index, FactsTable table, Dictionary<long, CommunityFacts> overlay, RegistrySnapshot registry, long version)
    {
        Index = index;
        Table = table;
        Registry = registry;
        _overlay = overlay;
        Version = version;
    }

    public CommunityIndex Index { get; }

    /// <summary>The side table of reported and restricted numbers (without the overlay's changes).</summary>
    public FactsTable Table { get; }

    /// <summary>The refusal and business registries at the same position.</summary>
    public RegistrySnapshot Registry { get; }

    /// <summary>The change-feed sequence the snapshot reflects.</summary>
    public long Version { get; }

    /// <summary>Changes held beside the side table until the next fold.</summary>
    public int OverlayCount => _overlay.Count;

    /// <summary>
    /// The memory of the index, the side table and the registries' arrays, with ~48 bytes for each
    /// overlay entry (a dictionary entry and its facts).
    /// </summary>
    public long SizeInBytes => Index.SizeInBytes + Table.SizeInBytes + Registry.SizeInBytes + (48L * _overlay.Count);

    /// <summary>A snapshot of facts given in any order (a number given twice keeps its last facts).</summary>
    public static CommunitySnapshot Build(IEnumerable<KeyValuePair<long, CommunityFacts>> facts, long version, RegistrySnapshot? registry = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var latest = new SortedDictionary<long, CommunityFacts>();
        foreach (var (number, known) in facts)
        {
            latest[number] = known;
        }

        var builder = new CommunitySnapshotBuilder(latest.Count);
        foreach (var (number, known) in latest)
        {
            builder.Add(number, known);
        }

        return builder.Build(version, registry);
    }

    public bool TryGet(long e164, out CommunityFacts facts)
    {
        if (_overlay.Count > 0 && _overlay.TryGetValue(e164, out facts))
        {
            return facts != default;
        }

        if (Table.TryGetReported(e164, out facts))
        {
            return true;
        }

        // Numbers with state bits alone: registries, enforcement.
        if (Index.TryGet(e164, out var state))
        {
            var flags = state.ToFlags();
            facts = new CommunityFacts(0, flags: flags, enforcedUntil: (flags & CommunityFlags.Restricted) != 0 ? Table.RestrictionEnd(e164) : null);
            return true;
        }

        facts = default;
        return false;
    }

    /// <summary>
    /// A snapshot at <paramref name="version"/> with each number's new facts (<c>default</c>: nothing known any more)
    /// and, when given, the registries at that position.
    /// </summary>
    public CommunitySnapshot Apply(IReadOnlyCollection<KeyValuePair<long, CommunityFacts>> changes, long version, RegistrySnapshot? registry = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, Version);
        registry ??= Registry;
        if (changes.Count == 0)
        {
            return version == Version && ReferenceEquals(registry, Registry) ? this : new CommunitySnapshot(Index, Table, _overlay, registry, version);
        }

        var deltas = changes.Select(c => new CommunityDelta(c.Key, StateOf(c.Value))).ToList();
        var index = Index.Apply(deltas);
        var overlay = new Dictionary<long, CommunityFacts>(_overlay);
        foreach (var (number, known) in changes)
        {
            overlay[number] = known;
        }

        if (overlay.Count < Math.Max(MinFold, (Table.ReportedCount + Table.RestrictedCount) / FoldDivisor))
        {
            return new CommunitySnapshot(index, Table, overlay, registry, version);
        }

        var sorted = overlay.ToArray();
        Array.Sort(sorted, (a, b) => a.Key.CompareTo(b.Key));
        return new CommunitySnapshot(index, Table.Merge(sorted), [], registry, version);
    }

    /// <summary>The index stores the flags it has bits for; "under review" lives in the side table only.</summary>
    internal static CommunityState StateOf(CommunityFacts facts) => facts.Flags.ToIndexState();
}
