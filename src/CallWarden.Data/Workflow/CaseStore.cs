using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Workflow;

/// <summary>Loads a Core <see cref="Case"/> from its rows, and writes a transition's result back.</summary>
internal static class CaseStore
{
    public static async Task<(CaseRecord Record, Case Case)?> LoadAsync(CallWardenDbContext db, long id, CancellationToken cancellationToken)
    {
        var record = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var reports = await db.CaseReports.Where(l => l.CaseId == id).OrderBy(l => l.ReportId)
            .Select(l => new { l.Report!.Reference, l.Report.CategoryCode, l.Report.ReceivedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var audit = await db.CaseAudit.AsNoTracking().Where(a => a.HolderCaseId == id).OrderBy(a => a.At).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var action = await db.CarrierActions.Where(a => a.CaseId == id).OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        CarrierNames.TryParseCode(record.CarrierCode, out var carrier);
        var c = new Case(
            record.Id,
            new PhoneNumber(record.Number, record.NumberKind),
            record.State,
            [.. reports.Select(r => new CaseReport(r.Reference, ReportCategoryExtensions.TryParseCode(r.CategoryCode, out var category) ? category : ReportCategory.Other, r.ReceivedAt))],
            [.. audit.Select(CaseMapping.ToEvent)],
            record.CarrierCode is null ? null : new CaseRouting(carrier, record.Police),
            action is null ? null : new CarrierAction(action.Kind, action.From, action.Until, action.LiftedAt),
            record.MergedInto,
            record.StateBeforeDispute,
            record.CalledNumber is { } called ? new PhoneNumber(called, record.CalledNumberKind ?? NumberKind.Invalid) : null);
        return (record, c);
    }

    /// <summary>Copies <paramref name="after"/> onto its row and appends the audit events added since <paramref name="before"/>.</summary>
    public static void Save(CallWardenDbContext db, CaseRecord record, Case before, Case after, DateTimeOffset now)
    {
        record.State = after.State;
        record.CarrierCode = after.Routing?.Carrier.Code();
        record.Police = after.Routing?.Police ?? false;
        record.ForwardedAt = after.FirstEnteredAt(CaseState.Forwarded);
        record.ActionedAt = after.FirstEnteredAt(CaseState.Actioned);
        record.MergedInto = after.MergedInto;
        record.StateBeforeDispute = after.StateBeforeDispute;
        record.UpdatedAt = now;
        record.Version++;
        db.CaseAudit.AddRange(after.Audit.Skip(before.Audit.Length).Select(e => CaseMapping.ToRecord(e, after.Id)));
    }
}
