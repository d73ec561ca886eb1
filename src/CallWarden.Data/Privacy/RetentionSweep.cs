using CallWarden.Core.Cases;
using CallWarden.Core.Privacy;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Reports;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// Applies the retention policy (issue #10 part 3): screening decisions past their period are deleted; the raw
/// text of SMS and mail reports is emptied (the parsed report stays); reports on cases closed longer than the
/// reporters' period lose who sent them, as a withdrawal does (each reporter's reports move to one new anonymous
/// reporter, so they still count as one); evidence of cases closed longer than its period is deleted, rows and
/// files. <see cref="PlanAsync"/> shows what <see cref="ApplyAsync"/> would do at the same instant.
/// </summary>
public sealed class RetentionSweep(IDbContextFactory<CallWardenDbContext> contexts, RetentionPolicy policy, EvidenceStore evidence)
{
    public const int OldestShown = 5;

    private static readonly CaseState[] Ended = [CaseState.Closed, CaseState.Rejected, CaseState.Merged];

    public RetentionPolicy Policy => policy;

    /// <summary>What is past its period at <paramref name="now"/>, kind by kind; nothing is changed.</summary>
    public async Task<IReadOnlyList<RetentionItem>> PlanAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (decisions, raw, reporters, files) = Cutoffs(now);
            return
            [
                await ItemAsync(RetentionPolicy.DecisionLogKey, decisions, Decisions(db, decisions).Select(d => d.Id), cancellationToken).ConfigureAwait(false),
                await ItemAsync(RetentionPolicy.RawPayloadsKey, raw, RawPayloads(db, raw).Select(r => r.Id), cancellationToken).ConfigureAwait(false),
                await ItemAsync(RetentionPolicy.ClosedCaseReportersKey, reporters, Reporters(db, reporters).Select(r => r.Id), cancellationToken).ConfigureAwait(false),
                await ItemAsync(RetentionPolicy.EvidenceAfterCaseKey, files, EvidenceRows(db, files).Select(e => e.Id), cancellationToken).ConfigureAwait(false),
            ];
        }
    }

    /// <summary>Removes what <see cref="PlanAsync"/> lists; returns it; audits the round by counts when anything went.</summary>
    public async Task<IReadOnlyList<RetentionItem>> ApplyAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(now, cancellationToken).ConfigureAwait(false);
        if (plan.All(i => i.Count == 0))
        {
            return plan;
        }

        var (decisions, raw, reporters, files) = Cutoffs(now);
        List<string> gone = [];
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Decisions(db, decisions).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await RawPayloads(db, raw).ExecuteUpdateAsync(u => u.SetProperty(r => r.RawPayload, string.Empty), cancellationToken).ConfigureAwait(false);
                await RetireReportersAsync(db, reporters, cancellationToken).ConfigureAwait(false);
                gone = await EvidenceRows(db, files).Select(e => e.Sha256).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
                await EvidenceRows(db, files).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                db.PrivacyAudit.Add(new PrivacyAuditRecord
                {
                    SubjectDigest = string.Empty,
                    Action = PrivacyAction.Retained,
                    At = now,
                    Detail = string.Join(" ", plan.Select(i => $"{i.Kind}={i.Count}")),
                });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            // Files after the commit, and only those no remaining row names: the same sample may belong to a newer case.
            var kept = (await db.Evidence.AsNoTracking().Where(e => gone.Contains(e.Sha256)).Select(e => e.Sha256).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var sha256 in gone.Where(s => !kept.Contains(s) && EvidenceStore.IsSha256(s)))
            {
                File.Delete(evidence.PathOf(sha256));
            }
        }

        return plan;
    }

    private (DateTimeOffset Decisions, DateTimeOffset Raw, DateTimeOffset Reporters, DateTimeOffset Files) Cutoffs(DateTimeOffset now) =>
        (policy.DecisionLog.Before(now), policy.RawPayloads.Before(now), policy.ClosedCaseReporters.Before(now), policy.EvidenceAfterCase.Before(now));

    private static IQueryable<Decisions.DecisionLogEntry> Decisions(CallWardenDbContext db, DateTimeOffset before) =>
        db.DecisionLog.Where(d => d.At < before);

    private static IQueryable<ReportRecord> RawPayloads(CallWardenDbContext db, DateTimeOffset before) =>
        db.Reports.Where(r => (r.Channel == IntakeChannel.Sms || r.Channel == IntakeChannel.Email || r.Channel == IntakeChannel.Voice) && r.ReceivedAt < before && r.RawPayload != string.Empty);

    private static IQueryable<long> EndedCases(CallWardenDbContext db, DateTimeOffset before) =>
        db.Cases.Where(c => Ended.Contains(c.State) && c.UpdatedAt < before).Select(c => c.Id);

    /// <summary>Reports of cases ended before the cutoff that still name who sent them (not withdrawn, not retired before).</summary>
    private static IQueryable<ReportRecord> Reporters(CallWardenDbContext db, DateTimeOffset before) =>
        db.Reports.Where(r => EndedCases(db, before).Contains(r.CaseId)
            && !r.IdempotencyScope.StartsWith(ReportsSection.WithdrawnPrefix) && !r.IdempotencyScope.StartsWith(RetiredPrefix));

    private static IQueryable<EvidenceRecord> EvidenceRows(CallWardenDbContext db, DateTimeOffset before) =>
        db.Evidence.Where(e => db.Reports.Any(r => r.Id == e.ReportId && EndedCases(db, before).Contains(r.CaseId)));

    private const string RetiredPrefix = "retired:";

    /// <summary>Each reporter's expired reports move to one new reporter without identity, and lose what named the sender.</summary>
    private static async Task RetireReportersAsync(CallWardenDbContext db, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var expired = await Reporters(db, before).Select(r => new { r.Id, r.ReporterId, r.Reference }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in expired.GroupBy(r => r.ReporterId))
        {
            var original = await db.Reporters.AsNoTracking().SingleAsync(r => r.Id == group.Key, cancellationToken).ConfigureAwait(false);
            var retired = new Reporter { Identity = RetiredPrefix + Guid.NewGuid().ToString("N"), Trust = original.Trust, CreatedAt = original.CreatedAt };
            db.Reporters.Add(retired);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var ids = group.Select(r => r.Id).ToList();
            var scope = RetiredPrefix + retired.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Reports.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(
                u => u.SetProperty(r => r.ReporterId, retired.Id)
                    .SetProperty(r => r.RawPayload, string.Empty)
                    .SetProperty(r => r.IdempotencyKey, r => RetiredPrefix + r.Id)
                    .SetProperty(r => r.IdempotencyScope, scope)
                    .SetProperty(r => r.PayloadHash, (string?)null)
                    .SetProperty(r => r.FollowTokenHash, (string?)null),
                cancellationToken).ConfigureAwait(false);

            // The acknowledgements and results sent for these reports name the phone they went to.
            var keys = group.SelectMany(r => new[] { "ack:" + r.Reference, "result:" + r.Reference }).ToList();
            await db.Outbox.Where(m => keys.Contains(m.DedupKey)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<RetentionItem> ItemAsync(string kind, DateTimeOffset before, IQueryable<long> ids, CancellationToken cancellationToken) =>
        new(kind, before, await ids.CountAsync(cancellationToken).ConfigureAwait(false),
            await ids.Order().Take(OldestShown).ToListAsync(cancellationToken).ConfigureAwait(false));
}
