using CallWarden.Core.Cases;
using CallWarden.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Workflow;

/// <summary>Flags the cases with a deadline passed and clears the flag once none is; the host runs it on a schedule.</summary>
public sealed class OverdueSweep(IDbContextFactory<CallWardenDbContext> contexts, CaseDeadlines deadlines)
{
    private static readonly CaseState[] Waiting = [CaseState.Received, CaseState.Verified, CaseState.Forwarded, CaseState.Actioned];

    /// <summary>Returns how many cases are overdue at <paramref name="now"/>.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Flagged cases are also reloaded, so that a case that moved on loses its flag.
            var cases = await db.Cases.Where(c => Waiting.Contains(c.State) || c.OverdueSince != null).ToListAsync(cancellationToken).ConfigureAwait(false);
            var ids = cases.Select(c => c.Id).ToList();
            var audit = (await db.CaseAudit.AsNoTracking().Where(a => ids.Contains(a.HolderCaseId)).OrderBy(a => a.At).ThenBy(a => a.Id)
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(a => a.HolderCaseId);
            var overdue = 0;
            foreach (var record in cases)
            {
                var c = new Case(record.Id, new(record.Number, record.NumberKind), record.State, [], [.. audit[record.Id].Select(CaseMapping.ToEvent)]);
                var late = deadlines.Overdue(c, now);
                if (late.Count > 0)
                {
                    overdue++;
                    record.OverdueSince ??= late.Min(d => d.Due);
                }
                else
                {
                    record.OverdueSince = null;
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return overdue;
        }
    }
}
