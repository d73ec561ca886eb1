using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>The screening decisions kept for the subscriber's calls; withdrawing deletes them.</summary>
internal sealed class DecisionsSection : IPersonalDataSection
{
    public string Name => "decisions";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken) =>
        (await db.DecisionLog.AsNoTracking().Where(d => d.Subscriber == subject.E164).OrderBy(d => d.Id)
            .Select(d => new { d.DecisionId, d.At, d.Caller, d.Action, d.SipCode, d.DecidingRule, d.Label, d.Reasons })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(d => new
        {
            d.DecisionId,
            d.At,
            caller = d.Caller == 0 ? null : "+" + d.Caller.ToString(System.Globalization.CultureInfo.InvariantCulture),
            action = d.Action.ToString().ToLowerInvariant(),
            d.SipCode,
            d.DecidingRule,
            d.Label,
            d.Reasons,
        }).ToList();

    public Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.DecisionLog.Where(d => d.Subscriber == subject.E164).ExecuteDeleteAsync(cancellationToken);
}
