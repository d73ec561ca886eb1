using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Cases;
using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Workflow;

/// <summary>
/// What analysts and carrier operators do to a case: load it, let Core decide the transition,
/// store the case with its audit events and, when enforcement changes, a change-feed row — all in
/// one transaction. A null result means there is no such case.
/// </summary>
public sealed class CaseWorkflow(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, NumberAttributor? attributor = null)
{
    private readonly NumberAttributor _attributor = attributor ?? NumberAttributor.Default;

    public async Task<Case?> LoadAsync(long caseId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return (await CaseStore.LoadAsync(db, caseId, cancellationToken).ConfigureAwait(false))?.Case;
        }
    }

    public Task<CaseResult<Case>?> VerifyAsync(long caseId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, (c, at) => c.Verify(actor, at, reason), cancellationToken);

    public Task<CaseResult<Case>?> RejectAsync(long caseId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, (c, at) => c.Reject(actor, at, reason), cancellationToken);

    /// <summary>
    /// Routes to <paramref name="carrier"/>, by default the carrier the number is attributed to (for a withheld
    /// caller, the carrier of the called line, which can trace the call), and to the police too when <paramref name="police"/>.
    /// </summary>
    public Task<CaseResult<Case>?> ForwardAsync(long caseId, Actor actor, string reason, Carrier? carrier = null, CancellationToken cancellationToken = default, bool police = false) =>
        ApplyAsync(caseId, (c, at) => c.Forward(carrier ?? _attributor.Attribute(c.CalledLine ?? c.Number).Carrier, actor, at, reason, police), cancellationToken);

    /// <summary>
    /// Records the carrier's action, queues the result for every reporter and closes the case as
    /// <see cref="Actor.System"/>, in one transaction: a crash cannot leave an action untold.
    /// </summary>
    public Task<CaseResult<Case>?> RecordActionAsync(long caseId, CarrierActionKind kind, int? restrictionDays, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, (c, at) => CloseAfter(c.RecordAction(kind, restrictionDays, actor, at, reason), at), cancellationToken, tellReporters: true);

    /// <summary>
    /// Tells the reporters of cases left actioned and closes them, each in one transaction. Since
    /// <see cref="RecordActionAsync"/> does both at once this finds only cases stored by an earlier
    /// version; the host runs it on its sweep. Returns how many cases were closed.
    /// </summary>
    public async Task<int> TellActionedAsync(CancellationToken cancellationToken = default)
    {
        List<long> actioned;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            actioned = await db.Cases.AsNoTracking().Where(c => c.State == CaseState.Actioned).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var closed = 0;
        foreach (var id in actioned)
        {
            var result = await ApplyAsync(id, (c, at) => c.Close(Actor.System, at, ResultNotices.Reason), cancellationToken, tellReporters: true).ConfigureAwait(false);
            closed += result?.Succeeded == true ? 1 : 0;
        }

        return closed;
    }

    public Task<CaseResult<Case>?> CloseAsync(long caseId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, (c, at) => c.Close(actor, at, reason), cancellationToken);

    public Task<CaseResult<Case>?> DisputeAsync(long caseId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, (c, at) => c.Dispute(actor, at, reason), cancellationToken);

    public Task<CaseResult<Case>?> ResolveDisputeAsync(long caseId, bool upheld, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(caseId, (c, at) => c.ResolveDispute(upheld, actor, at, reason), cancellationToken);

    /// <summary>Folds <paramref name="sourceId"/> into <paramref name="targetId"/>; the target keeps every report and audit event of both.</summary>
    public async Task<CaseResult<CaseMerge>?> MergeAsync(long sourceId, long targetId, Actor actor, string reason, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var source = await CaseStore.LoadAsync(db, sourceId, cancellationToken).ConfigureAwait(false);
            var target = await CaseStore.LoadAsync(db, targetId, cancellationToken).ConfigureAwait(false);
            if (source is null || target is null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var merge = source.Value.Case.MergeInto(target.Value.Case, actor, now, reason);
            if (!merge.Succeeded)
            {
                return merge;
            }

            CaseStore.Save(db, source.Value.Record, source.Value.Case, merge.Value.Source, now);
            var linked = await db.CaseReports.Where(l => l.CaseId == targetId).Select(l => l.ReportId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var moved = await db.CaseReports.Where(l => l.CaseId == sourceId && !linked.Contains(l.ReportId)).Select(l => l.ReportId).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.CaseReports.AddRange(moved.Select(id => new CaseReportLink { CaseId = targetId, ReportId = id }));

            // The target holds copies of the source's whole history, then the event that absorbed it.
            db.CaseAudit.AddRange(merge.Value.Source.Audit.Select(e => CaseMapping.ToRecord(e, targetId)));
            db.CaseAudit.Add(CaseMapping.ToRecord(merge.Value.Target.Audit[^1], targetId));
            target.Value.Record.UpdatedAt = now;
            target.Value.Record.Version++;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return merge;
        }
    }

    private static CaseResult<Case> CloseAfter(CaseResult<Case> acted, DateTimeOffset at) =>
        acted.Succeeded ? acted.Value.Close(Actor.System, at, ResultNotices.Reason) : acted;

    private async Task<CaseResult<Case>?> ApplyAsync(long caseId, Func<Case, DateTimeOffset, CaseResult<Case>> change, CancellationToken cancellationToken, bool tellReporters = false)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var loaded = await CaseStore.LoadAsync(db, caseId, cancellationToken).ConfigureAwait(false);
            if (loaded is not { } found)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var result = change(found.Case, now);
            if (!result.Succeeded)
            {
                return result;
            }

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                CaseStore.Save(db, found.Record, found.Case, result.Value, now);
                await RecordEnforcementAsync(db, found.Case, result.Value, now, cancellationToken).ConfigureAwait(false);
                if (tellReporters)
                {
                    await ResultNotices.QueueAsync(db, result.Value, now, cancellationToken).ConfigureAwait(false);
                }

                await ChangeFeed.LockForAppendAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
    }

    /// <summary>A new carrier action is stored; a change to what stops the number goes on the feed.</summary>
    private static async Task RecordEnforcementAsync(CallWardenDbContext db, Case before, Case after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (after.Action is { } action && before.Action is null)
        {
            db.CarrierActions.Add(new CarrierActionRecord
            {
                CaseId = after.Id,
                Number = after.Number.E164,
                CarrierCode = after.Routing!.Carrier.Code(),
                Kind = action.Kind,
                From = action.TakenAt,
                Until = action.EndsAt,
                EndPublished = !action.Enforces,
            });
            if (action.Enforces)
            {
                ChangeFeed.Append(db, ChangeKind.Enforcement, after.Number.E164, new { @case = after.Id, action = action.Kind.ToString(), until = action.EndsAt }, now);
            }
        }
        else if (after.Action is { LiftedAt: { } lifted } liftedAction && before.Action?.LiftedAt is null)
        {
            var record = await db.CarrierActions.Where(a => a.CaseId == after.Id).OrderByDescending(a => a.Id).FirstAsync(cancellationToken).ConfigureAwait(false);
            record.LiftedAt = lifted;
            if (!record.EndPublished)
            {
                record.EndPublished = true;
                ChangeFeed.Append(db, ChangeKind.Enforcement, after.Number.E164, new { @case = after.Id, action = liftedAction.Kind.ToString(), lifted }, now);
            }
        }
        else if (after.State == CaseState.Disputed && before.State != CaseState.Disputed && before.Action?.Enforces == true)
        {
            // A disputed number is labelled, never blocked: followers must stop enforcing until it is decided.
            ChangeFeed.Append(db, ChangeKind.Enforcement, after.Number.E164, new { @case = after.Id, disputed = true }, now);
        }
    }
}
