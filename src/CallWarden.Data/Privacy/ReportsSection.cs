using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// The person's reports. Withdrawing removes who they are and keeps what they reported: the reporter row
/// is renamed <c>withdrawn:&lt;id&gt;</c> without a phone, and every report of it loses its raw payload,
/// its idempotency key (which named the phone) and its follow token; the target, category, times,
/// content and evidence stay, and so do the reporter id, trust and daily ordinal the reputation is
/// computed from — one reporter still counts once, the counts and statistics do not move.
/// </summary>
internal sealed class ReportsSection : IPersonalDataSection
{
    public string Name => "reports";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Reporter!.Phone == subject.E164 || r.Reporter!.Identity == subject.Identity)
            .OrderBy(r => r.Id)
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new
            {
                r.Id, r.Reference, r.Channel, r.Target, r.TargetText, r.CalledNumber, r.CategoryCode, r.OccurredAt, r.ReceivedAt,
                r.Reason, r.Content, r.RawPayload, r.ConsentNotice, CaseState = c.State,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = reports.Select(r => r.Id).ToList();
        var evidence = (await db.Evidence.AsNoTracking().Where(e => ids.Contains(e.ReportId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(e => e.ReportId);
        return reports.Select(r => new
        {
            r.Reference,
            channel = r.Channel.Code(),
            reportedNumber = r.Target == 0 ? null : "+" + r.Target.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.TargetText,
            calledNumber = r.CalledNumber is { } called ? "+" + called.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            category = r.CategoryCode,
            r.OccurredAt,
            r.ReceivedAt,
            r.Reason,
            r.Content,
            rawPayload = r.RawPayload.Length == 0 ? null : r.RawPayload,
            consentNotice = r.ConsentNotice,
            caseState = r.CaseState.ToString().ToLowerInvariant(),
            evidence = evidence[r.Id].Select(e => new { e.FileName, e.DetectedType, e.Size, e.Sha256 }).ToList(),
        }).ToList();
    }

    public async Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reporters = await db.Reporters.Where(r => r.Phone == subject.E164 || r.Identity == subject.Identity)
            .Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var id in reporters)
        {
            var anonymous = Anonymous(id);
            await db.Reporters.Where(r => r.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Identity, anonymous).SetProperty(r => r.Phone, (long?)null), cancellationToken).ConfigureAwait(false);
            changed += await db.Reports.Where(r => r.ReporterId == id)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(r => r.RawPayload, string.Empty)
                        .SetProperty(r => r.IdempotencyKey, r => "withdrawn:" + r.Id)
                        .SetProperty(r => r.IdempotencyScope, anonymous)
                        .SetProperty(r => r.PayloadHash, (string?)null)
                        .SetProperty(r => r.FollowTokenHash, (string?)null),
                    cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    internal const string WithdrawnPrefix = "withdrawn:";

    /// <summary>The identity a reporter keeps after withdrawing: their row's id, which names nobody.</summary>
    internal static string Anonymous(long reporterId) => WithdrawnPrefix + reporterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
