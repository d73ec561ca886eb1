using System.Collections.Immutable;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Screening;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Screening;

public sealed class DecisionLogTests
{
    private const long Subscriber = 8613912345678;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Every_block_and_one_in_n_allows_are_kept(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var log = new DecisionLog(store.Contexts, new DecisionLogOptions { AllowSampleEvery = 3 });

        var queued = Enumerable.Range(0, 9).Count(i => log.Offer(Logged(i, Disposition.Allow, store.Time.GetUtcNow())))
            + Enumerable.Range(9, 4).Count(i => log.Offer(Logged(i, Disposition.Reject, store.Time.GetUtcNow())));
        Assert.Equal(7, queued);
        Assert.Equal(7, await log.DrainAsync(Ct));

        await using var db = store.Open();
        var entries = await DecisionLog.ReadAsync(db, Subscriber, 100, Ct);
        Assert.Equal(4, entries.Count(e => e.Action == Disposition.Reject));
        Assert.Equal(3, entries.Count(e => e.Action == Disposition.Allow));
        Assert.All(entries.Where(e => e.Action == Disposition.Reject), e => Assert.Equal("blocklist", e.DecidingRule));
        Assert.Empty(await DecisionLog.ReadAsync(db, Subscriber + 1, 100, Ct));
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("00:00:11")]
    public void A_gathering_time_outside_zero_to_ten_seconds_is_refused_by_name(string writeEvery)
    {
        var problems = new DecisionLogOptions { WriteEvery = TimeSpan.Parse(writeEvery, System.Globalization.CultureInfo.InvariantCulture) }.Validate();

        Assert.Contains(problems, p => p.StartsWith("DecisionLog:WriteEvery ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_full_queue_drops_and_counts_instead_of_waiting()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var log = new DecisionLog(store.Contexts, new DecisionLogOptions { QueueCapacity = 16 });

        var queued = Enumerable.Range(0, 20).Count(i => log.Offer(Logged(i, Disposition.Busy, store.Time.GetUtcNow())));

        Assert.Equal(16, queued);
        Assert.Equal(4, log.Dropped);
        Assert.Equal(16, await log.DrainAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Pruning_keeps_each_subscriber_s_newest_entries(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var log = new DecisionLog(store.Contexts, new DecisionLogOptions { MaxEntriesPerSubscriber = 5 });
        var now = store.Time.GetUtcNow();
        log.Offer(Logged(0, Disposition.Reject, now.AddDays(-8)));
        for (var i = 1; i <= 8; i++)
        {
            log.Offer(Logged(i, Disposition.Reject, now.AddMinutes(i)));
        }

        log.Offer(Logged(100, Disposition.Reject, now, Subscriber + 1));
        await log.DrainAsync(Ct);

        // The entry of eight days ago is the oldest of nine: the cap removes it with three more; its age is the retention policy's.
        Assert.Equal(4, await log.PruneAsync(Ct));

        await using var db = store.Open();
        var kept = await DecisionLog.ReadAsync(db, Subscriber, 100, Ct);
        Assert.Equal(["d8", "d7", "d6", "d5", "d4"], kept.Select(e => e.DecisionId));
        Assert.Equal(1, await db.DecisionLog.CountAsync(e => e.Subscriber == Subscriber + 1, Ct));
    }

    [Fact]
    public async Task A_withheld_caller_is_not_recorded()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var log = new DecisionLog(store.Contexts, new DecisionLogOptions());
        var rules = (SubscriberRules.Default with { Anonymous = Disposition.Reject }).Compile();
        var decision = new ScreeningEngine().Decide(new ScreeningRequest("+8613800000001", "13912345678", store.Time.GetUtcNow(), Presentation: Presentation.Restricted), rules, CommunitySnapshot.Empty);

        log.Offer(new LoggedDecision("d1", Subscriber, store.Time.GetUtcNow(), decision));
        await log.DrainAsync(Ct);

        await using var db = store.Open();
        var entry = await db.DecisionLog.SingleAsync(Ct);
        Assert.Equal(0, entry.Caller);
        Assert.Equal("anonymous", entry.DecidingRule);
        Assert.DoesNotContain("13800000001", entry.Reasons, StringComparison.Ordinal);
    }

    private static LoggedDecision Logged(int i, Disposition action, DateTimeOffset at, long subscriber = Subscriber)
    {
        var rule = action == Disposition.Allow ? ScreeningRule.Default : ScreeningRule.Blocklist;
        var data = new ReasonData { Caller = new PhoneNumber(8613800000000 + i, NumberKind.Mobile), Entry = RuleEntry.Block("+8613800000000", at) };
        var reason = new Reason(rule, action, true, data, DisplayLanguage.En);
        var decision = new Decision(action, action.SipCode(), null, ImmutableArray.Create(reason), data.Caller, "screening-1", 0, 0);
        return new LoggedDecision($"d{i}", subscriber, at, decision);
    }
}
