using CallWarden.Core.Registry;

namespace CallWarden.Core.Screening;

/// <summary>
/// One immutable snapshot of what the community knows, as the engine reads it per caller. The
/// community index and the stores implement it; it must be safe to read from many threads.
/// </summary>
public interface ICommunityView
{
    /// <summary>The facts about <paramref name="e164"/>; false when nothing is known.</summary>
    bool TryGet(long e164, out CommunityFacts facts);

    /// <summary>
    /// The refusal and business registries at the same position: the callee's refused categories and
    /// the caller's business line. Every view reads them through this one type, so the served snapshot
    /// and the dry run cannot read them differently.
    /// </summary>
    RegistrySnapshot Registry { get; }

    /// <summary>The change-feed position the snapshot reflects, recorded with every decision.</summary>
    long Version { get; }
}
