using CallWarden.Data.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Intake;

/// <summary>An idempotency key is its caller's own: it can repeat a report, never swallow another's (issue #9 part 2).</summary>
public sealed class IdempotencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_same_key_from_many_callers_at_once_files_every_report(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();
        var phones = Enumerable.Range(0, 8).Select(i => $"1370000{i:0000}").ToList();
        var clients = Enumerable.Range(0, 8).Select(i => $"client:{i}").ToList();

        var submitted = await Task.WhenAll([
            .. phones.Select(p => intake.SubmitAsync(Submissions.Sms(now, key: "kannel:7", reporter: p), Ct)),
            .. clients.Select(c => intake.SubmitAsync(Submissions.Api(now, 1) with { ReporterIdentity = c, IdempotencyKey = "api:same" }, Ct)),
        ]);

        Assert.All(submitted, r => Assert.False(r.Receipt?.Duplicate ?? true, string.Join("; ", r.Errors)));
        Assert.Equal(16, submitted.Select(r => r.Receipt!.Reference).Distinct().Count());
        await using var db = store.Open();
        var reporters = await db.Reports.Select(r => r.Reporter!.Identity).ToListAsync(Ct);
        Assert.Equal([.. phones.Select(p => "+86" + p), .. clients], reporters.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_same_key_from_one_caller_with_another_report_is_a_conflict_and_the_same_report_is_a_replay(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var submission = Submissions.Api(store.Time.GetUtcNow(), 1);

        var first = await intake.SubmitAsync(submission, Ct);
        store.Time.Advance(TimeSpan.FromMinutes(3));
        var replay = await intake.SubmitAsync(submission with { ReceivedAt = store.Time.GetUtcNow(), RawPayload = "{ }" }, Ct);
        var other = await intake.SubmitAsync(submission with { ReceivedAt = store.Time.GetUtcNow(), TargetText = "13912345679" }, Ct);
        var inOneBatch = await Task.WhenAll(
            intake.SubmitAsync(submission with { IdempotencyKey = "api-batch" }, Ct),
            intake.SubmitAsync(submission with { IdempotencyKey = "api-batch", Reason = "another reason" }, Ct));

        Assert.Equal((first.Receipt!.Reference, true), (replay.Receipt!.Reference, replay.Receipt.Duplicate));
        Assert.False(other.Accepted);
        Assert.Equal("idempotencyKey", Assert.Single(other.Errors).Field);
        Assert.True(inOneBatch[0].Accepted);
        Assert.Equal("idempotencyKey", Assert.Single(inOneBatch[1].Errors).Field);
        await using var db = store.Open();
        Assert.Equal(2, await db.Reports.CountAsync(Ct));
    }
}
