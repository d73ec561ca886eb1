using CallWarden.Data.Screening;

namespace CallWarden.Data.Operations;

/// <summary>
/// How far a node's community snapshot is behind the store (issue #12 part 5): nothing while it holds
/// the feed's newest change; otherwise the time since the follower last stood at the feed's end.
/// A change committed a moment ago is no lag yet, a follower that stopped following is.
/// </summary>
public static class FeedLag
{
    /// <summary>The lag behind the store's <paramref name="newest"/> change; null while no snapshot was built.</summary>
    public static TimeSpan? Of(CommunityFollower follower, long newest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(follower);
        if (!follower.IsLoaded || follower.CaughtUpAt is not { } caughtUp)
        {
            return null;
        }

        return follower.Current.Version >= newest ? TimeSpan.Zero : (now - caughtUp).Duration();
    }
}
