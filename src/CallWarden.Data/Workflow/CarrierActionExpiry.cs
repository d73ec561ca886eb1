using CallWarden.Core.Cases;
using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Workflow;

/// <summary>
/// Announces on the change feed the restrictions whose end has come. Screening already stops
/// enforcing at <c>Until</c> by the clock; the feed row lets followers drop the entry.
/// </summary>
public sealed class CarrierActionExpiry(IDbContextFactory<CallWardenDbContext> contexts)
{
    private static readonly CarrierActionKind[] Enforcing = [CarrierActionKind.RestrictOutbound, CarrierActionKind.SuspendOutbound, CarrierActionKind.ReclaimNumber];

    /// <summary>Returns how many ended restrictions were announced.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var ended = await db.CarrierActions
                    .Where(a => !a.EndPublished && a.Until != null && a.Until <= now && Enforcing.Contains(a.Kind))
                    .OrderBy(a => a.Until).ThenBy(a => a.Id)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var action in ended)
                {
                    action.EndPublished = true;
                    ChangeFeed.Append(db, ChangeKind.Enforcement, action.Number, new { @case = action.CaseId, action = action.Kind.ToString(), ended = action.Until }, now);
                }

                await ChangeFeed.LockForAppendAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return ended.Count;
            }
        }
    }
}
