using CallWarden.Data.Feed;
using CallWarden.Data.Intake;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Feed;

public sealed class ChangeFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Sequences_grow_and_changes_after_N_page_through_everything_once(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.Open())
        {
            for (var i = 0; i < 25; i++)
            {
                ChangeFeed.Append(db, (ChangeKind)(i % 4), 8613900000000 + i, new { i }, store.Time.GetUtcNow());
                await db.SaveChangesAsync(Ct);
            }
        }

        List<ChangeRecord> seen = [];
        await using (var db = store.Open())
        {
            for (var after = 0L; await ChangeFeed.AfterAsync(db, after, 10, Ct) is { Count: > 0 } page; after = page[^1].Sequence)
            {
                seen.AddRange(page);
            }

            Assert.Equal(seen[^1].Sequence, await ChangeFeed.LastSequenceAsync(db, Ct));
        }

        Assert.Equal(25, seen.Count);
        Assert.Equal(seen.Select(c => c.Sequence).Order(), seen.Select(c => c.Sequence));
        Assert.Equal(25, seen.Select(c => c.Sequence).Distinct().Count());
        Assert.Equal("{\"i\":3}", seen[3].Payload);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_number_crossing_the_label_threshold_writes_a_change_per_band_not_per_report(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        // Twenty proven reports from established reporters of trust 0.5: mass 10 → score ≈ 72.
        await using (var db = store.Open())
        {
            db.Reporters.AddRange(Enumerable.Range(0, 20).Select(i => new Data.Reports.Reporter { Identity = $"client:{i}", Trust = 0.5, CreatedAt = store.Time.GetUtcNow().AddDays(-30) }));
            await db.SaveChangesAsync(Ct);
        }

        for (var i = 0; i < 20; i++)
        {
            await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), i) with { ProofOfCall = true }, Ct);
        }

        await using var check = store.Open();
        var reputation = await check.Reputations.SingleAsync(Ct);
        Assert.Equal(Core.Reputation.ReputationState.Labelled, reputation.State);
        Assert.Equal(20, reputation.DistinctReporters);
        Assert.Equal("fraud", reputation.TopCategory);
        var changes = await check.Changes.Where(c => c.Kind == ChangeKind.Reputation).OrderBy(c => c.Sequence).ToListAsync(Ct);
        var states = changes.Select(c => System.Text.Json.JsonDocument.Parse(c.Payload).RootElement.GetProperty("state").GetString()).ToList();
        var scores = changes.Select(c => System.Text.Json.JsonDocument.Parse(c.Payload).RootElement.GetProperty("score").GetInt32()).ToList();

        // One change per band of 10 crossed, not one per report; the state moves once.
        Assert.Equal(["Clean", "Labelled"], states.Distinct());
        Assert.Equal(scores.Select(s => s / 10).Distinct().Count(), changes.Count);
        Assert.True(changes.Count < 20);
    }
}
