namespace CallWarden.Data.Feed;

/// <summary>A store that sends no notifications (SQLite: one node, one file): its followers poll.</summary>
public sealed class PolledFeed : IFeedNotifications
{
    public static PolledFeed Instance { get; } = new();

    private PolledFeed()
    {
    }

    public Task? NextChange() => null;
}
