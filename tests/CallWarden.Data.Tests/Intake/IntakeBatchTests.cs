using System.Globalization;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Data.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Intake;

public sealed class IntakeBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Stored_reputation_is_the_verdict_on_exactly_the_stored_reports(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var intake = new ReportIntake(store.Contexts, store.Time))
        {
            // A burst of new reporters in one batch, then more one at a time: each report must count once.
            await Task.WhenAll(Enumerable.Range(0, 12).Select(n => intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), n), Ct)));
            for (var n = 12; n < 16; n++)
            {
                store.Time.Advance(TimeSpan.FromMinutes(1));
                await intake.SubmitAsync(Submissions.Sms(store.Time.GetUtcNow(), $"sms-{n}", reporter: $"137000011{n:00}"), Ct);
            }
        }

        await using var db = store.Open();
        var evidence = (await db.Reports.Where(r => r.Target == Submissions.TargetE164).ToListAsync(Ct))
            .Select(r => new ReputationEvidence(
                r.ReporterId.ToString(CultureInfo.InvariantCulture), r.ReporterTrust, r.NewReporter,
                ReportCategoryExtensions.TryParseCode(r.CategoryCode, out var c) ? c : null, r.ProofOfCall, r.ReceivedAt, r.Kind, r.DailyOrdinal))
            .ToList();
        var record = await db.Reputations.SingleAsync(r => r.Number == Submissions.TargetE164, Ct);
        var expected = new ReputationCalculator(new ReputationPolicy()).Evaluate(NumberFacts.Ordinary, evidence, record.UpdatedAt);

        Assert.Equal(16, evidence.Count);
        Assert.Equal(expected.Score, record.Score);
        Assert.Equal(expected.State, record.State);
        Assert.Equal(expected.DistinctReporters, record.DistinctReporters);
        Assert.Equal(expected.HeldForReview, record.HeldForReview);
        Assert.Equal(expected.Heat, record.Heat, 9);
    }
}
