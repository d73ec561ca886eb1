using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Cases;
using CallWarden.Core.Evidence;
using CallWarden.Core.Privacy;
using CallWarden.Data.Decisions;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Privacy;

/// <summary>
/// Each period of the shipped policy at its boundary: a record exactly as old as the period stays, one a moment
/// older goes (a microsecond: PostgreSQL's resolution); the dry run lists what the sweep then removes.
/// </summary>
public sealed class RetentionSweepTests : IDisposable
{
    private static readonly DateTimeOffset T0 = TestStore.Start;

    private static readonly TimeSpan Moment = TimeSpan.FromMicroseconds(1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cw-retention-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Each_kind_goes_a_moment_after_its_period_and_not_before(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var evidence = new EvidenceStore(store.Contexts, _folder);
        var (closed, shared, only) = await FillAsync(store, evidence);
        var sweep = new RetentionSweep(store.Contexts, RetentionPolicy.Shipped, evidence);
        var reputation = await ReputationAsync(store);

        await AtBoundaryAsync(sweep, T0.AddDays(30), RetentionPolicy.DecisionLogKey, 1);
        Assert.Empty(await Read(store, db => db.DecisionLog.ToListAsync(Ct)));

        await AtBoundaryAsync(sweep, T0.AddDays(180), RetentionPolicy.RawPayloadsKey, 2);
        Assert.Equal([string.Empty, "{}", string.Empty], await Read(store, db => db.Reports.OrderBy(r => r.Id).Select(r => r.RawPayload).ToListAsync(Ct)));

        await AtBoundaryAsync(sweep, T0.AddYears(1), RetentionPolicy.EvidenceAfterCaseKey, 2);
        Assert.False(File.Exists(evidence.PathOf(only)));
        Assert.True(File.Exists(evidence.PathOf(shared)), "a file a case still open holds stays");
        Assert.Equal(1, await Read(store, db => db.Evidence.CountAsync(Ct)));

        await AtBoundaryAsync(sweep, T0.AddYears(2), RetentionPolicy.ClosedCaseReportersKey, 1);
        var retired = await Read(store, db => db.Reports.Include(r => r.Reporter).SingleAsync(r => r.CaseId == closed, Ct));
        Assert.StartsWith("retired:", retired.Reporter!.Identity, StringComparison.Ordinal);
        Assert.Null(retired.Reporter.Phone);
        Assert.Equal(($"retired:{retired.Id}", $"retired:{retired.ReporterId}"), (retired.IdempotencyKey, retired.IdempotencyScope));
        Assert.False(await Read(store, db => db.Outbox.AnyAsync(m => m.DedupKey == "ack:" + retired.Reference, Ct)));
        Assert.True(await Read(store, db => db.Reporters.AnyAsync(r => r.Phone == 8613700001111, Ct)), "the reporter's own row stays for their other records");

        Assert.Equal(reputation, await ReputationAsync(store));
        var audit = await Read(store, db => db.PrivacyAudit.Where(a => a.Action == PrivacyAction.Retained).OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync(Ct));
        Assert.Equal(4, audit.Count);
        Assert.All(audit, a => Assert.DoesNotContain("1370000", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_past_its_period_changes_nothing_and_audits_nothing()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var evidence = new EvidenceStore(store.Contexts, _folder);
        await FillAsync(store, evidence);

        var items = await new RetentionSweep(store.Contexts, RetentionPolicy.Shipped, evidence).ApplyAsync(T0.AddDays(1), Ct);

        Assert.All(items, i => Assert.Equal(0, i.Count));
        Assert.False(await Read(store, db => db.PrivacyAudit.AnyAsync(Ct)));
    }

    /// <summary>At the boundary the kind lists nothing; a moment later the dry run lists <paramref name="count"/>, and the sweep removes exactly those.</summary>
    private static async Task AtBoundaryAsync(RetentionSweep sweep, DateTimeOffset boundary, string kind, int count)
    {
        Assert.Equal(0, (await sweep.PlanAsync(boundary, Ct)).Single(i => i.Kind == kind).Count);
        var plan = (await sweep.PlanAsync(boundary + Moment, Ct)).Single(i => i.Kind == kind);
        Assert.Equal(count, plan.Count);
        Assert.Equal(count, plan.OldestIds.Count);
        Assert.Equal(T0 + Moment, plan.Before);
        var applied = (await sweep.ApplyAsync(boundary + Moment, Ct)).Single(i => i.Kind == kind);
        Assert.Equal(plan.Count, applied.Count);
        Assert.Equal(plan.OldestIds, applied.OldestIds);
        Assert.Equal(0, (await sweep.PlanAsync(boundary + Moment, Ct)).Single(i => i.Kind == kind).Count);
    }

    /// <summary>
    /// At <see cref="T0"/>: Ann's SMS report on a case closed at once with two evidence files, an API report on an
    /// open case, Bob's SMS report on another open case holding one of Ann's files too; one screening decision.
    /// </summary>
    private static async Task<(long ClosedCase, string Shared, string Only)> FillAsync(TestStore store, EvidenceStore evidence)
    {
        string[] references;
        await using (var intake = new ReportIntake(store.Contexts, store.Time))
        {
            references = [.. await Task.WhenAll(
                Reference(intake.SubmitAsync(Submissions.Sms(T0), Ct)),
                Reference(intake.SubmitAsync(Submissions.Api(T0, 1, target: "13912345670"), Ct)),
                Reference(intake.SubmitAsync(Submissions.Sms(T0, "b-1", target: "13912345671", reporter: "13700002222"), Ct)))];
        }

        var shared = Sample("shared");
        var only = Sample("only");
        await evidence.WriteFilesAsync([shared, only], Ct);
        await evidence.RecordAsync(references[0], [shared, only], T0, Ct);
        await evidence.RecordAsync(references[2], [shared], T0, Ct);
        await using var db = store.Open();
        var closed = await db.Reports.Where(r => r.Reference == references[0]).Select(r => r.CaseId).SingleAsync(Ct);
        await db.Cases.Where(c => c.Id == closed).ExecuteUpdateAsync(u => u.SetProperty(c => c.State, CaseState.Closed).SetProperty(c => c.UpdatedAt, T0), Ct);
        db.DecisionLog.Add(new DecisionLogEntry { DecisionId = "d1", Subscriber = 8613700001111, Caller = 8613912345678, At = T0, DecidingRule = "reputation", Reasons = "r" });
        await db.SaveChangesAsync(Ct);
        return (closed, shared.Sha256, only.Sha256);

        static async Task<string> Reference(Task<IntakeResult> submitted) => (await submitted).Receipt!.Reference;
    }

    private static EvidenceFile Sample(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new EvidenceFile(text + ".txt", "text/plain", "text/plain", bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static async Task<string> ReputationAsync(TestStore store) =>
        System.Text.Json.JsonSerializer.Serialize(await Read(store, db => db.Reputations.AsNoTracking().OrderBy(r => r.Number).ToListAsync(Ct)));

    private static async Task<T> Read<T>(TestStore store, Func<CallWardenDbContext, Task<T>> query)
    {
        await using var db = store.Open();
        return await query(db);
    }
}
