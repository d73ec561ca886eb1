using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Core.Screening.Index;

namespace CallWarden.Data.Screening;

/// <summary>
/// Builds a <see cref="CommunitySnapshot"/> from numbers' facts given in increasing order, straight
/// from a scan of the store: each number's state bits go to the index, what reasons need to the side
/// table, and nothing else is kept on the way (issue #10 part 8).
/// </summary>
public sealed class CommunitySnapshotBuilder(int expected = 0)
{
    private readonly CommunityIndexBuilder _index = new(expected);
    private readonly FactsTableBuilder _table = new(expected);

    /// <summary>Adds one number's facts; <c>default</c> adds nothing.</summary>
    /// <exception cref="ArgumentException">The number is not above the last one added.</exception>
    public CommunitySnapshotBuilder Add(long e164, CommunityFacts facts)
    {
        if (facts == default)
        {
            return this;
        }

        _table.Add(e164, facts);
        if (CommunitySnapshot.StateOf(facts) is var state and not CommunityState.None)
        {
            _index.Add(e164, state);
        }

        return this;
    }

    public CommunitySnapshot Build(long version, RegistrySnapshot? registry = null) =>
        new(_index.Build(), _table.Build(), [], registry ?? RegistrySnapshot.Empty, version);
}
