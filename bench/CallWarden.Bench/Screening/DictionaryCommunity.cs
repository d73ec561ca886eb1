using CallWarden.Core.Registry;
using CallWarden.Core.Screening;

namespace CallWarden.Bench.Screening;

/// <summary>A community snapshot in a plain dictionary: the engine's cost without the compact index.</summary>
public sealed class DictionaryCommunity(Dictionary<long, CommunityFacts> facts) : ICommunityView
{
    public long Version => 1;

    public RegistrySnapshot Registry => RegistrySnapshot.Empty;

    public int Count => facts.Count;

    public bool TryGet(long e164, out CommunityFacts found) => facts.TryGetValue(e164, out found);
}
