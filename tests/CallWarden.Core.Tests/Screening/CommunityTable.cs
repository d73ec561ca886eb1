using CallWarden.Core.Registry;
using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

/// <summary>A community snapshot backed by a dictionary, for tests.</summary>
internal sealed class CommunityTable(IReadOnlyDictionary<long, CommunityFacts> facts, long version = 1, RegistrySnapshot? registry = null) : ICommunityView
{
    public static CommunityTable Empty { get; } = new(new Dictionary<long, CommunityFacts>());

    public long Version => version;

    public RegistrySnapshot Registry { get; } = registry ?? RegistrySnapshot.Empty;

    public bool TryGet(long e164, out CommunityFacts found) => facts.TryGetValue(e164, out found);

    public static CommunityTable Of(params (long E164, CommunityFacts Facts)[] entries) =>
        new(entries.ToDictionary(e => e.E164, e => e.Facts));
}
