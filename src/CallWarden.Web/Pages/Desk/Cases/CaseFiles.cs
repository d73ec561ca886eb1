using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>Reads a <see cref="CaseFile"/> for a caller: null when the case does not exist or is outside the caller's scope.</summary>
internal static class CaseFiles
{
    /// <summary>The evidence a case page lists at most (a case of thousands of reports is still one page).</summary>
    public const int MaxEvidence = 500;

    public static async Task<CaseFile?> ReadAsync(
        CallWardenDbContext db, long id, Caller caller, bool unmasked, CaseDeadlines deadlines, DateTimeOffset now, DisplayLanguage language, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var reports = await db.Reports.AsNoTracking().Include(r => r.Reporter)
            .Where(r => db.CaseReports.Any(l => l.CaseId == id && l.ReportId == r.Id))
            .ToListAsync(cancellationToken);
        var audit = await db.CaseAudit.AsNoTracking().Where(a => a.HolderCaseId == id).ToListAsync(cancellationToken);
        var actions = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == id).ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToList();
        var evidence = await db.Evidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId))
            .OrderBy(e => e.ReportId).ThenBy(e => e.Id).Take(MaxEvidence).ToListAsync(cancellationToken);
        // For a withheld caller the line called is the number that matters: its carrier traces the call.
        var number = record.CalledNumber is { } called ? new PhoneNumber(called, record.CalledNumberKind ?? NumberKind.Invalid) : new PhoneNumber(record.Number, record.NumberKind);
        var stored = await StoredNumber.ReadAsync(db, number, now, cancellationToken);
        var closedAt = audit.Where(a => a.CaseId == id && a.To == CaseState.Closed && a.From != CaseState.Closed).OrderBy(a => a.At).Select(a => (DateTimeOffset?)a.At).FirstOrDefault();
        var timeline = new CaseTimeline(record.State, record.ReceivedAt, record.ForwardedAt, record.ActionedAt, closedAt);
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => c.Number == record.Number && c.CalledNumber == record.CalledNumber && c.Id != id && (c.State == CaseState.Received || c.State == CaseState.Verified || c.State == CaseState.Forwarded || c.State == CaseState.Actioned || c.State == CaseState.Disputed))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(10).ToListAsync(cancellationToken);

        return new CaseFile(
            record,
            CaseDetail.Of(record, reports, audit, actions, unmasked, now),
            reports.ToDictionary(r => r.Reference, StringComparer.Ordinal),
            evidence,
            stored.Describe(language),
            deadlines.For(timeline),
            candidates);
    }
}
