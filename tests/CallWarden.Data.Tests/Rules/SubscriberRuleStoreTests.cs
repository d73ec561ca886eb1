using CallWarden.Core.Screening;
using CallWarden.Data.Feed;
using CallWarden.Data.Rules;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Rules;

public sealed class SubscriberRuleStoreTests
{
    private const long Subscriber = 8613800138000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SubscriberRules Proposed(DateTimeOffset at) => new()
    {
        Entries = [RuleEntry.Block("0755*", at, Disposition.Busy, at.AddDays(30), "中介"), RuleEntry.Allow("075588889999", at, note: "dentist")],
        Contacts = [8618600000000],
        Anonymous = Disposition.Reject,
    };

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_subscriber_who_never_saved_has_the_defaults_at_version_0(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.Open();

        var rules = await SubscriberRuleStore.LoadAsync(db, Subscriber, Ct);

        Assert.Same(SubscriberRules.Default, rules);
        Assert.Equal(0, rules.Version);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Saved_rules_load_back_equal_with_the_next_version(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await using (var db = store.Open())
        {
            var first = await SubscriberRuleStore.SaveAsync(db, Subscriber, Proposed(now), 0, now, cancellationToken: Ct);
            Assert.Equal(1, first!.Version);
            var second = await SubscriberRuleStore.SaveAsync(db, Subscriber, first with { LabelOnly = true }, 1, now.AddMinutes(1), cancellationToken: Ct);
            Assert.Equal(2, second!.Version);
        }

        await using var read = store.Open();
        var loaded = await SubscriberRuleStore.LoadAsync(read, Subscriber, Ct);
        Assert.Equal(2, loaded.Version);
        Assert.True(loaded.LabelOnly);
        Assert.Equal(Proposed(now).Entries, loaded.Entries);
        Assert.Equal(Proposed(now).Contacts, loaded.Contacts);
        Assert.Equal(Disposition.Reject, loaded.Anonymous);
        Assert.Equal(RulesJson.Write(Proposed(now) with { Version = 2, LabelOnly = true }), RulesJson.Write(loaded));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_save_based_on_an_old_version_is_refused_and_changes_nothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await using (var db = store.Open())
        {
            await SubscriberRuleStore.SaveAsync(db, Subscriber, Proposed(now), 0, now, cancellationToken: Ct);
        }

        await using (var db = store.Open())
        {
            Assert.Null(await SubscriberRuleStore.SaveAsync(db, Subscriber, SubscriberRules.Default, 0, now, cancellationToken: Ct));
            Assert.Null(await SubscriberRuleStore.SaveAsync(db, Subscriber, SubscriberRules.Default, 5, now, cancellationToken: Ct));
        }

        await using var read = store.Open();
        Assert.Equal(1, (await SubscriberRuleStore.LoadAsync(read, Subscriber, Ct)).Version);
        Assert.Equal(1, await read.Changes.CountAsync(c => c.Kind == ChangeKind.Rules, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Two_editors_starting_from_the_same_version_cannot_both_win(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await using var phone = store.Open();
        await using var web = store.Open();

        // Both read version 0 before either writes: the loser is refused by the key, not by its own read.
        var results = await Task.WhenAll(
            SubscriberRuleStore.SaveAsync(phone, Subscriber, Proposed(now), 0, now, cancellationToken: Ct),
            SubscriberRuleStore.SaveAsync(web, Subscriber, SubscriberRules.Default with { LabelOnly = true }, 0, now, cancellationToken: Ct));

        Assert.Single(results, r => r is not null);
        await using var read = store.Open();
        Assert.Equal(1, await read.Changes.CountAsync(c => c.Kind == ChangeKind.Rules, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Each_save_appends_a_rules_change_for_the_subscriber_naming_the_version(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await using (var db = store.Open())
        {
            await SubscriberRuleStore.SaveAsync(db, Subscriber, Proposed(now), 0, now, cancellationToken: Ct);
            await SubscriberRuleStore.SaveAsync(db, Subscriber, SubscriberRules.Default, 1, now.AddHours(1), cancellationToken: Ct);
        }

        await using var read = store.Open();
        var changes = await ChangeFeed.AfterAsync(read, 0, cancellationToken: Ct);
        Assert.Equal([ChangeKind.Rules, ChangeKind.Rules], changes.Select(c => c.Kind));
        Assert.All(changes, c => Assert.Equal(Subscriber, c.Number));
        Assert.Equal(["{\"version\":1}", "{\"version\":2}"], changes.Select(c => c.Payload));
        Assert.Equal(now.AddHours(1), changes[1].At);
    }

    [Fact]
    public async Task Rules_with_problems_are_not_saved()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        await using var db = store.Open();
        var bad = SubscriberRules.Default with { ReputationThreshold = 5 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SubscriberRuleStore.SaveAsync(db, Subscriber, bad, 0, store.Time.GetUtcNow(), cancellationToken: Ct));

        Assert.Contains("ReputationThreshold", error.Message, StringComparison.Ordinal);
        Assert.False(await db.SubscriberRules.AnyAsync(Ct));
    }
}
