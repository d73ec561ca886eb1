using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Data.Feed;
using CallWarden.Data.Registry;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Registry;

/// <summary>The registries on both providers: writes go on the feed, the follower and the dry run read them alike (issue #10 parts 5, 6, 8's seam).</summary>
public sealed class RegistryStoreTests
{
    private const long Subscriber = 8613912345678;
    private const long MarketingLine = 8613800138000;
    private const long ServiceLine = 8695588;

    private static readonly ScreeningEngine Engine = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CheckedApplication Application(long marketing = MarketingLine) => new(
        new BusinessName("某某银行", "某某銀行", "Example Bank"), "91350100M000100Y43", "王经理", 861012345678, null,
        [new RegisteredLine(ServiceLine, 0, BusinessLineKind.CustomerService, MarketingCategories.None), new RegisteredLine(marketing, 0, BusinessLineKind.Marketing, MarketingCategories.Loans)]);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_refusal_and_an_approval_reach_a_following_node_and_a_fresh_build_sees_the_same(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        await follower.LoadAsync(Ct);
        var refusals = new RefusalRegistry(store.Contexts, store.Time);
        var businesses = new BusinessRegistry(store.Contexts, store.Time);

        await refusals.ChangeAsync(Subscriber, MarketingCategories.Loans | MarketingCategories.Finance, MarketingCategories.None, "sms", null, null, Ct);
        var id = await businesses.ApplyAsync(Application(), "web", DisplayLanguage.ZhHans, Ct);
        await follower.CatchUpAsync(Ct);
        Assert.Equal(Disposition.Allow, Decide(follower.Current, MarketingLine).Action);

        Assert.Equal(BusinessDecision.Done, await businesses.ApproveAsync(id, "user:root", Ct));
        await follower.CatchUpAsync(Ct);

        var blocked = Decide(follower.Current, MarketingLine);
        Assert.Equal(Disposition.Reject, blocked.Action);
        Assert.Equal(id, blocked.DecidedBy.Data.Business.BusinessId);
        Assert.Equal("已认证：某某银行客服", Decide(follower.Current, ServiceLine).Label);
        var fresh = new CommunityFollower(store.Contexts, store.Time);
        await fresh.LoadAsync(Ct);
        Assert.Equal(follower.Current.Registry.RefusalsOf(Subscriber), fresh.Current.Registry.RefusalsOf(Subscriber));
        Assert.True(fresh.Current.Registry.TryGetLine(MarketingLine, out var line) && line.Name == new BusinessName("某某银行", "某某銀行", "Example Bank"));

        await refusals.ChangeAsync(Subscriber, MarketingCategories.None, MarketingCategories.All, "web", null, null, Ct);
        await follower.CatchUpAsync(Ct);
        Assert.Equal(Disposition.Allow, Decide(follower.Current, MarketingLine).Action);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_contact_phone_is_told_of_each_decision_in_the_language_the_application_was_written_in(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var businesses = new BusinessRegistry(store.Contexts, store.Time);
        var approved = await businesses.ApplyAsync(Application(), "web", DisplayLanguage.En, Ct);
        var refused = await businesses.ApplyAsync(Application(8613800138111), "web", DisplayLanguage.ZhHant, Ct);

        await businesses.ApproveAsync(approved, "user:root", Ct);
        await businesses.RefuseAsync(refused, "user:root", "  执照号码与名称不符 ", Ct);
        Assert.Equal(BusinessDecision.AlreadyDecided, await businesses.ApproveAsync(refused, "user:root", Ct));

        await using var db = store.Open();
        var notices = await db.Outbox.AsNoTracking().Where(m => m.TemplateKey == "registry.business_decided").OrderBy(m => m.Id).ToListAsync(Ct);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal("+861012345678", n.Recipient));
        Assert.Equal("en", notices[0].Language);
        Assert.Contains("\"approved\":true", notices[0].Parameters, StringComparison.Ordinal);
        Assert.Equal("zh-Hant", notices[1].Language);
        Assert.Contains("\"approved\":false", notices[1].Parameters, StringComparison.Ordinal);
        Assert.Contains("\"note\":\"执照号码与名称不符\"", System.Text.RegularExpressions.Regex.Unescape(notices[1].Parameters!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_dry_run_reads_the_registries_as_the_served_snapshot_does(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var businesses = new BusinessRegistry(store.Contexts, store.Time);
        await businesses.ApproveAsync(await businesses.ApplyAsync(Application(), "web", DisplayLanguage.ZhHans, Ct), "user:root", Ct);
        await new RefusalRegistry(store.Contexts, store.Time).ChangeAsync(Subscriber, MarketingCategories.All, MarketingCategories.None, "sms", null, null, Ct);
        var follower = new CommunityFollower(store.Contexts, store.Time);
        await follower.LoadAsync(Ct);

        await using var db = store.Open();
        var stored = await CommunitySnapshotReader.ReadAsync(db, store.Time.GetUtcNow(), [MarketingLine, ServiceLine, 8613600136000], [Subscriber], Ct);

        foreach (var caller in new[] { MarketingLine, ServiceLine, 8613600136000 })
        {
            Assert.Equal(Decide(follower.Current, caller).Reasons.Select(r => r.Text), Decide(stored, caller).Reasons.Select(r => r.Text));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Refusing_twice_confirms_without_a_second_feed_row_and_withdrawing_part_keeps_the_rest(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var refusals = new RefusalRegistry(store.Contexts, store.Time);

        await refusals.ChangeAsync(Subscriber, MarketingCategories.All, MarketingCategories.None, "sms", null, null, Ct);
        await refusals.ChangeAsync(Subscriber, MarketingCategories.All, MarketingCategories.None, "sms", null, null, Ct);
        var left = await refusals.ChangeAsync(Subscriber, MarketingCategories.None, MarketingCategories.Loans | MarketingCategories.Other, "api", "key:#3", Core.Localization.DisplayLanguage.En, Ct);

        Assert.Equal(MarketingCategories.Insurance | MarketingCategories.RealEstate | MarketingCategories.Education | MarketingCategories.Finance, left);
        await using var db = store.Open();
        Assert.Equal(2, await db.Changes.CountAsync(c => c.Kind == ChangeKind.Refusal, Ct));
        var row = await db.Refusals.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(("api", "key:#3", left), (row.Channel, row.ChangedBy, row.Categories));
        Assert.Equal(1, await db.Outbox.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Concurrent_changes_to_one_subscriber_lose_nothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var refusals = new RefusalRegistry(store.Contexts, store.Time);

        await Task.WhenAll(MarketingCategoryNames.Each.Select(c => Task.Run(() => refusals.ChangeAsync(Subscriber, c, MarketingCategories.None, "api", null, null, Ct), Ct)));

        Assert.Equal(MarketingCategories.All, await refusals.RefusedAsync(Subscriber, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_migration_moves_the_old_TD_flag_into_the_refusal_registry(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider, "AccountAudit");
        await using (var before = store.Open())
        {
            var insert = provider == "sqlite"
                ? """INSERT INTO subscriber_rules ("Subscriber", "Rules", "Version", "UpdatedAt") VALUES ({0}, {1}, 3, 0), ({2}, {3}, 1, 0)"""
                : """INSERT INTO subscriber_rules ("Subscriber", "Rules", "Version", "UpdatedAt") VALUES ({0}, {1}, 3, now()), ({2}, {3}, 1, now())""";
            await before.Database.ExecuteSqlRawAsync(
                insert, [Subscriber, """{"version":3,"refusesMarketing":true,"labelOnly":false}""", 8613700137000, """{"version":1,"refusesMarketing":false}"""], Ct);
            await before.Database.MigrateAsync(Ct);
        }

        await using var db = store.Open();
        var moved = await db.Refusals.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((Subscriber, MarketingCategories.All, "sms"), (moved.Subscriber, moved.Categories, moved.Channel));
        Assert.False((await SubscriberRuleStore.LoadAsync(db, Subscriber, Ct)).LabelOnly);
    }

    private static Decision Decide(ICommunityView community, long caller) =>
        Engine.Decide(new ScreeningRequest("+" + caller, "+" + Subscriber, TestStore.Start), SubscriberRules.Default.Compile(), community);
}
