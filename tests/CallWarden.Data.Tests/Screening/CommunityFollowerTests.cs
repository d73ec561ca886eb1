using CallWarden.Core.Cases;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Screening;

public sealed class CommunityFollowerTests
{
    private const long Spammer = 8613800000001;
    private const string Subscriber = "13912345678";

    private static readonly ScreeningEngine Engine = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_number_reported_past_the_threshold_is_blocked_without_a_restart(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        await follower.LoadAsync(Ct);
        var rules = (SubscriberRules.Default with { ReputationThreshold = 70 }).Compile();
        Assert.Equal(Disposition.Allow, Decide(follower, rules).Action);

        await Community.PublishReputationAsync(store, Spammer, 75, ReputationState.Labelled);
        Assert.Equal(Disposition.Allow, Decide(follower, rules).Action);
        Assert.Equal(1, await follower.CatchUpAsync(Ct));

        var decision = Decide(follower, rules);
        Assert.Equal(Disposition.Reject, decision.Action);
        Assert.Equal("reputation", decision.DecidedBy.RuleId);
        Assert.Equal(follower.Current.Version, decision.CommunityVersion);
        Assert.Equal(Disposition.Label, Decide(follower, (SubscriberRules.Default with { ReputationThreshold = 80 }).Compile()).Action);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_restriction_in_force_blocks_and_disappears_when_it_ends(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        await follower.LoadAsync(Ct);
        var id = await ReportAsync(store, 1);
        await workflow.VerifyAsync(id, Analyst, "ok", Ct);
        await workflow.ForwardAsync(id, Analyst, "to carrier", cancellationToken: Ct);
        var action = (await workflow.RecordActionAsync(id, CarrierActionKind.RestrictOutbound, 2, MobileOperator, "barred for two days", Ct))!.Value.Action!;
        await follower.CatchUpAsync(Ct);
        var target = Core.Numbers.PhoneNumberNormalizer.Default.Normalize(Submissions.Target).E164;

        Assert.True(follower.Current.TryGet(target, out var facts));
        Assert.True(facts.Has(CommunityFlags.Restricted));
        Assert.Equal(action.EndsAt, facts.EnforcedUntil);

        store.Time.SetUtcNow(action.EndsAt!.Value);
        await new CarrierActionExpiry(store.Contexts).RunOnceAsync(action.EndsAt.Value, Ct);
        await follower.CatchUpAsync(Ct);

        Assert.False(follower.Current.TryGet(target, out facts) && facts.Has(CommunityFlags.Restricted));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_fresh_build_sees_what_following_saw(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        await follower.LoadAsync(Ct);
        await Community.PublishReputationAsync(store, Spammer, 90, ReputationState.Labelled);
        await Community.PublishReputationAsync(store, Spammer + 1, 40, ReputationState.UnderReview);
        await Community.PublishReputationAsync(store, Spammer + 2, 85, ReputationState.Labelled);
        await Community.PublishReputationAsync(store, Spammer + 2, 5, ReputationState.Clean);
        await follower.CatchUpAsync(Ct);

        var rebuilt = await new CommunityFollower(store.Contexts, store.Time).LoadAsync(Ct);

        Assert.Equal(rebuilt.Version, follower.Current.Version);
        foreach (var number in new[] { Spammer, Spammer + 1, Spammer + 2, Spammer + 3 })
        {
            Assert.Equal(rebuilt.TryGet(number, out var built), follower.Current.TryGet(number, out var followed));
            Assert.Equal(built, followed);
        }

        Assert.True(rebuilt.TryGet(Spammer + 1, out var review) && review.Has(CommunityFlags.UnderReview));
        Assert.False(rebuilt.TryGet(Spammer + 2, out _));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Saved_rules_replace_the_cached_ones_when_the_feed_is_followed(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var cache = new SubscriberRulesCache(store.Contexts);
        var follower = new CommunityFollower(store.Contexts, store.Time, cache);
        await follower.LoadAsync(Ct);
        var subscriber = Core.Numbers.PhoneNumberNormalizer.Default.Normalize(Subscriber).E164;
        Assert.Equal(0, (await cache.GetAsync(subscriber, Ct)).Rules.Version);

        await using (var db = store.Open())
        {
            var blocking = SubscriberRules.Default with { Entries = [RuleEntry.Block("+8613800000001", store.Time.GetUtcNow(), Disposition.Busy)] };
            Assert.NotNull(await SubscriberRuleStore.SaveAsync(db, subscriber, blocking, 0, store.Time.GetUtcNow(), cancellationToken: Ct));
        }

        Assert.Equal(0, (await cache.GetAsync(subscriber, Ct)).Rules.Version);
        await follower.CatchUpAsync(Ct);

        var rules = await cache.GetAsync(subscriber, Ct);
        Assert.Equal(1, rules.Rules.Version);
        Assert.Equal(Disposition.Busy, Decide(follower, rules).Action);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Decisions_made_while_the_follower_swaps_read_whole_snapshots(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        await follower.LoadAsync(Ct);
        var rules = SubscriberRules.Default.Compile();
        using var stop = new CancellationTokenSource();
        using var started = new CountdownEvent(4);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var seen = 0L;
            var decisions = 0;
            do
            {
                var snapshot = follower.Current;
                var decision = Engine.Decide(Call(), rules, snapshot);

                // A snapshot never goes back, and what it says about the caller never changes once it is published.
                Assert.True(decision.CommunityVersion >= seen);
                Assert.Equal(snapshot.TryGet(Spammer, out var facts) && facts.Score >= 80, decision.Action == Disposition.Reject);
                seen = decision.CommunityVersion;
                if (decisions++ == 0)
                {
                    started.Signal();
                }
            }
            while (!stop.IsCancellationRequested);

            return decisions;
        })).ToList();

        // On a busy machine a reader may start late: swap only once every reader is deciding.
        await Task.Run(() => started.Wait(Ct), Ct);
        for (var round = 0; round < 20; round++)
        {
            await Community.PublishReputationAsync(store, Spammer, round % 2 == 0 ? 95 : 10, round % 2 == 0 ? ReputationState.Labelled : ReputationState.Clean);
            await follower.CatchUpAsync(Ct);
        }

        await stop.CancelAsync();
        var made = await Task.WhenAll(readers);

        Assert.All(made, count => Assert.True(count > 0));
        Assert.False(follower.Current.TryGet(Spammer, out _));
    }

    private static Decision Decide(CommunityFollower follower, CompiledRules rules) => Engine.Decide(Call(), rules, follower.Current);

    private static ScreeningRequest Call() => new("+8613800000001", Subscriber, TestStore.Start);
}
