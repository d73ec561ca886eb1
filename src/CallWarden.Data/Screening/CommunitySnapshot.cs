using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Data.Screening;

/// <summary>
/// What screening reads about callers at one change-feed position: the community index for the
/// state bits of every number with one, and a side table with the score, reporters, category and
/// restriction end of the numbers whose reasons need them. Immutable: a change makes a new
/// snapshot (<see cref="Apply"/>), so readers never lock.
/// </summary>
public sealed class CommunitySnapshot : ICommunityView
{
    /// <summary>Below this many overlay entries a change copies only the overlay; above, the side table is folded.</summary>
    private const int MinFold = 4096;

    public static readonly CommunitySnapshot Empty = new(CommunityIndex.Empty, new Dictionary<long, CommunityFacts>(), new Dictionary<long, CommunityFacts>(), RegistrySnapshot.Empty, 0);

    // Both dictionaries are never written after construction, which makes concurrent reads safe.
    private readonly Dictionary<long, CommunityFacts> _facts;

    /// <summary>Changes since the last fold; a <c>default</c> value means the number left the table.</summary>
    private readonly Dictionary<long, CommunityFacts> _overlay;

    private CommunitySnapshot(CommunityIndex index, Dictionary<long, CommunityFacts> facts, Dictionary<long, CommunityFacts> overlay, RegistrySnapshot registry, long version)
    {
        Index = index;
        Registry = registry;
        _facts = facts;
        _overlay = overlay;
        Version = version;
    }

    public CommunityIndex Index { get; }

    /// <summary>The refusal and business registries at the same position.</summary>
    public RegistrySnapshot Registry { get; }

    /// <summary>The change-feed sequence the snapshot reflects.</summary>
    public long Version { get; }

    public static CommunitySnapshot Build(IEnumerable<KeyValuePair<long, CommunityFacts>> facts, long version, RegistrySnapshot? registry = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var table = new Dictionary<long, CommunityFacts>();
        var builder = new CommunityIndexBuilder();
        foreach (var (number, known) in facts)
        {
            if (known == default)
            {
                continue;
            }

            table[number] = known;
            if (StateOf(known) is var state and not CommunityState.None)
            {
                builder.Add(number, state);
            }
        }

        return new CommunitySnapshot(builder.Build(), table, [], registry ?? RegistrySnapshot.Empty, version);
    }

    public bool TryGet(long e164, out CommunityFacts facts)
    {
        if (_overlay.Count > 0 && _overlay.TryGetValue(e164, out facts))
        {
            return facts != default;
        }

        if (_facts.TryGetValue(e164, out facts))
        {
            return true;
        }

        // Numbers only a registry knows have state bits and nothing else.
        if (Index.TryGet(e164, out var state))
        {
            facts = new CommunityFacts(0, flags: state.ToFlags());
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
            return version == Version && ReferenceEquals(registry, Registry) ? this : new CommunitySnapshot(Index, _facts, _overlay, registry, version);
        }

        var deltas = changes.Select(c => new CommunityDelta(c.Key, StateOf(c.Value))).ToList();
        var index = Index.Apply(deltas);
        var overlay = new Dictionary<long, CommunityFacts>(_overlay);
        foreach (var (number, known) in changes)
        {
            overlay[number] = known;
        }

        if (overlay.Count < Math.Max(MinFold, _facts.Count / 8))
        {
            return new CommunitySnapshot(index, _facts, overlay, registry, version);
        }

        var folded = new Dictionary<long, CommunityFacts>(_facts);
        foreach (var (number, known) in overlay)
        {
            if (known == default)
            {
                folded.Remove(number);
            }
            else
            {
                folded[number] = known;
            }
        }

        return new CommunitySnapshot(index, folded, [], registry, version);
    }

    /// <summary>The index stores the flags it has bits for; "under review" lives in the side table only.</summary>
    internal static CommunityState StateOf(CommunityFacts facts) => facts.Flags.ToIndexState();
}
