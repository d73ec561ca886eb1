using CallWarden.Core.Cases;
using CallWarden.Core.Registry;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Cases;
using CallWarden.Data.Registry;
using CallWarden.Data.Reputation;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Data.Tests.Storage;

namespace CallWarden.Data.Tests.Screening;

public sealed class CommunitySnapshotReaderTests
{
    private const long First = 8613800000000;
    private const long Subscriber = 8613912345678;
    private const long MarketingLine = 8615012345678;
    private const long ServiceLine = 8615012345679;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_streamed_load_holds_every_stored_fact_and_refusal(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var expected = await SeedAsync(store);

        await using var db = store.Open();
        var snapshot = await CommunitySnapshotReader.ReadAsync(db, store.Time.GetUtcNow(), cancellationToken: Ct);

        foreach (var (number, facts) in expected)
        {
            Assert.True(snapshot.TryGet(number, out var found), $"{number} is missing");
            Assert.Equal(facts, found);
        }

        Assert.False(snapshot.TryGet(First + 1, out _));
        Assert.Equal(MarketingCategories.All, snapshot.Registry.RefusalsOf(Subscriber));
        Assert.Equal(MarketingCategories.Loans | MarketingCategories.Insurance, snapshot.Registry.RefusalsOf(Subscriber + 2));
        Assert.Equal(MarketingCategories.None, snapshot.Registry.RefusalsOf(Subscriber + 1));
        Assert.Equal(2_001, snapshot.Registry.RefusalCount);
        Assert.True(snapshot.Registry.TryGetLine(ServiceLine, out var line) && line.Kind == BusinessLineKind.CustomerService);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_dry_run_reads_what_live_screening_reads(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var expected = await SeedAsync(store);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        var live = await follower.LoadAsync(Ct);
        long[] callers = [.. expected.Keys.Where((_, i) => i % 7 == 0), MarketingLine, ServiceLine, First + 1];

        await using var db = store.Open();
        var dryRun = await CommunitySnapshotReader.ReadAsync(db, store.Time.GetUtcNow(), callers, [Subscriber], Ct);

        Assert.Equal(live.Version, dryRun.Version);
        Assert.Equal(live.Registry.RefusalsOf(Subscriber), dryRun.Registry.RefusalsOf(Subscriber));
        var engine = new ScreeningEngine();
        var rules = (SubscriberRules.Default with { ReputationThreshold = 70 }).Compile();
        foreach (var caller in callers)
        {
            Assert.Equal(live.TryGet(caller, out var livedFacts), dryRun.TryGet(caller, out var dryFacts));
            Assert.Equal(livedFacts, dryFacts);
            Assert.Equal(live.Registry.TryGetLine(caller, out var liveLine), dryRun.Registry.TryGetLine(caller, out var dryLine));
            Assert.Equal(liveLine, dryLine);
            var call = new ScreeningRequest("+" + caller, "+" + Subscriber, store.Time.GetUtcNow());
            Assert.Equal(engine.Decide(call, rules, live), engine.Decide(call, rules, dryRun));
        }

        var blocked = engine.Decide(new ScreeningRequest("+" + MarketingLine, "+" + Subscriber, store.Time.GetUtcNow()), rules, dryRun);
        Assert.Equal(Disposition.Reject, blocked.Action);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_dry_run_over_stored_calls_uses_the_same_snapshot(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await SeedAsync(store);
        var calls = new[] { new PastCall("+" + MarketingLine, "+" + Subscriber, store.Time.GetUtcNow()), new PastCall("+" + (First + 9_001), "+" + Subscriber, store.Time.GetUtcNow()) };

        await using var db = store.Open();
        var outcomes = await RulesDryRun.EvaluateAsync(db, new ScreeningEngine(), new RecentCallLimits(), Subscriber, SubscriberRules.Default, calls, store.Time.GetUtcNow(), Ct);

        Assert.Equal(Disposition.Reject, outcomes[0].Current.Action);
        Assert.True(outcomes[1].Current.Action.Blocks());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_dry_run_without_callers_reads_no_facts_and_the_subscribers_refusals(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await SeedAsync(store);

        await using var db = store.Open();
        var snapshot = await CommunitySnapshotReader.ReadAsync(db, store.Time.GetUtcNow(), [], [Subscriber], Ct);

        Assert.False(snapshot.TryGet(First + 2, out _));
        Assert.Equal(MarketingCategories.All, snapshot.Registry.RefusalsOf(Subscriber));
        Assert.Equal(1, snapshot.Registry.RefusalCount);
    }

    /// <summary>
    /// 3,000 reputations in every state, restrictions with and without an end, suspensions, 2,001 refusals
    /// and an approved business with a marketing and a customer-service line; returns each number's facts as the snapshot must give them.
    /// </summary>
    private static async Task<SortedDictionary<long, CommunityFacts>> SeedAsync(TestStore store)
    {
        var now = store.Time.GetUtcNow();
        var expected = new SortedDictionary<long, CommunityFacts>();
        await using var db = store.Open();
        ReputationState[] states = [ReputationState.Clean, ReputationState.Labelled, ReputationState.UnderReview, ReputationState.Disputed, ReputationState.VerifiedBusiness];
        for (var i = 0; i < 3_000; i++)
        {
            var number = First + (2 * i);
            var state = states[i % states.Length];
            db.Reputations.Add(new NumberReputationRecord { Number = number, Score = i % 101, DistinctReporters = i % 13, TopCategory = i % 3 == 0 ? null : "fraud", State = state, UpdatedAt = now });
            if (state != ReputationState.Clean)
            {
                var flags = state switch
                {
                    ReputationState.Labelled => CommunityFlags.Labelled,
                    ReputationState.UnderReview => CommunityFlags.UnderReview,
                    ReputationState.Disputed => CommunityFlags.Disputed,
                    _ => CommunityFlags.VerifiedBusiness,
                };
                expected[number] = new CommunityFacts(i % 101, i % 3 == 0 ? null : Core.Reports.ReportCategory.Fraud, i % 13, flags);
            }
        }

        // A restriction with an end on a reported number, one alone, a suspension alone, a lifted and an expired one.
        var end = now.AddDays(2);
        db.CarrierActions.AddRange(
            Action(First + 2, CarrierActionKind.RestrictOutbound, now, end),
            Action(First + 9_001, CarrierActionKind.RestrictOutbound, now, end),
            Action(First + 9_001, CarrierActionKind.RestrictOutbound, now, end.AddDays(1)),
            Action(First + 9_003, CarrierActionKind.SuspendOutbound, now, null),
            Action(First + 9_005, CarrierActionKind.RestrictOutbound, now, end, lifted: now),
            Action(First + 9_007, CarrierActionKind.RestrictOutbound, now.AddDays(-3), now.AddDays(-1)));
        expected[First + 2] = new CommunityFacts(1, Core.Reports.ReportCategory.Fraud, 1, CommunityFlags.Labelled | CommunityFlags.Restricted, end);
        expected[First + 9_001] = new CommunityFacts(0, flags: CommunityFlags.Restricted, enforcedUntil: end.AddDays(1));
        expected[First + 9_003] = new CommunityFacts(0, flags: CommunityFlags.Suspended);

        db.Refusals.Add(new RefusalRecord { Subscriber = Subscriber, Categories = MarketingCategories.All, Channel = "sms", RegisteredAt = now, UpdatedAt = now });
        for (var i = 0; i < 2_000; i++)
        {
            db.Refusals.Add(new RefusalRecord { Subscriber = Subscriber + 2 + (3 * i), Categories = MarketingCategories.Loans | MarketingCategories.Insurance, Channel = "web", RegisteredAt = now, UpdatedAt = now });
        }

        db.Businesses.Add(new BusinessRecord
        {
            Name = "某某银行", Licence = "91350100M000100Y43", ContactName = "张三", ContactPhone = 8613800138000, State = BusinessState.Approved,
            AppliedAt = now, AppliedThrough = "web", DecidedAt = now,
            Lines =
            [
                new BusinessLineRecord { Number = MarketingLine, Kind = BusinessLineKind.Marketing, Categories = MarketingCategories.Loans },
                new BusinessLineRecord { Number = ServiceLine, Kind = BusinessLineKind.CustomerService },
            ],
        });
        await db.SaveChangesAsync(Ct);
        return expected;
    }

    private static CarrierActionRecord Action(long number, CarrierActionKind kind, DateTimeOffset from, DateTimeOffset? until, DateTimeOffset? lifted = null) =>
        new() { CaseId = 1, Number = number, CarrierCode = "cmcc", Kind = kind, From = from, Until = until, LiftedAt = lifted };
}
