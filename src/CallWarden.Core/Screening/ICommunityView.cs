namespace CallWarden.Core.Screening;

/// <summary>
/// One immutable snapshot of what the community knows, as the engine reads it per caller. The
/// community index and the stores implement it; it must be safe to read from many threads.
/// </summary>
public interface ICommunityView
{
    /// <summary>The facts about <paramref name="e164"/>; false when nothing is known.</summary>
    bool TryGet(long e164, out CommunityFacts facts);

    /// <summary>The change-feed position the snapshot reflects, recorded with every decision.</summary>
    long Version { get; }
}
