using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Data.Feed;
using CallWarden.Data.Stats;
using CallWarden.Data.Tests.Storage;

namespace CallWarden.Data.Tests.Stats;

public sealed class PublicStatisticsFollowerTests
{
    private static readonly TimeSpan AtMostEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AtLeastEvery = TimeSpan.FromMinutes(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_figures_are_rebuilt_when_the_feed_moved_but_not_more_often_than_allowed(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var follower = Follower(store);
        var first = await follower.EnsureBuiltAsync();

        await AppendFeedAsync(store);
        store.Time.Advance(AtMostEvery - TimeSpan.FromSeconds(1));
        Assert.False(await follower.RefreshIfDueAsync(Ct));
        Assert.Same(first, follower.Current);

        store.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await follower.RefreshIfDueAsync(Ct));
        Assert.NotSame(first, follower.Current);
        Assert.Equal(first.FeedPosition + 1, follower.Current!.FeedPosition);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Without_a_feed_change_the_figures_are_rebuilt_only_once_they_are_old(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var follower = Follower(store);
        var first = await follower.EnsureBuiltAsync();

        store.Time.Advance(AtLeastEvery - TimeSpan.FromSeconds(1));
        Assert.False(await follower.RefreshIfDueAsync(Ct));

        store.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await follower.RefreshIfDueAsync(Ct));
        Assert.Equal(store.Time.GetUtcNow(), follower.Current!.BuiltAt);
        Assert.Equal(first.FeedPosition, follower.Current.FeedPosition);
    }

    [Fact]
    public async Task Of_two_overlapping_builds_the_one_started_later_stays_whichever_finishes_last()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var follower = Follower(store);
        var earlier = follower.BuildAsync(Ct);
        var later = follower.BuildAsync(Ct);

        await Task.WhenAll(earlier, later);

        Assert.Same(await later, follower.Current);
    }

    private static PublicStatisticsFollower Follower(TestStore store) =>
        new(store.Contexts, store.Time, new CaseDeadlines(WorkingDayCalendar.China, new DeadlinePolicy()), AtMostEvery, AtLeastEvery);

    private static async Task AppendFeedAsync(TestStore store)
    {
        await using var db = store.Open();
        ChangeFeed.Append(db, ChangeKind.Enforcement, 8613912345678, new { test = true }, store.Time.GetUtcNow());
        await db.SaveChangesAsync(Ct);
    }
}
