namespace CallWarden.Data.Feed;

/// <summary>
/// Tells the followers of the change feed that it has grown, so that every node applies a change
/// within milliseconds instead of at its next poll (issue #12 part 2). PostgreSQL delivers it with
/// LISTEN/NOTIFY; a store without notifications is polled.
/// </summary>
public interface IFeedNotifications
{
    /// <summary>
    /// A task that completes at the next write to the feed committed after this call — take it before
    /// reading the feed, so that a write during the read is not missed; null while this node is not
    /// listening (then the follower polls).
    /// </summary>
    Task? NextChange();
}
