using CallWarden.Core.Screening;
using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Rules;

/// <summary>
/// Loads and saves subscribers' rule sets. A save names the version it was based on and fails
/// when someone saved in between, so that two devices editing one list cannot silently undo each
/// other; a successful save appends a <see cref="ChangeKind.Rules"/> row in the same transaction,
/// which tells every node to reload that subscriber.
/// </summary>
public static class SubscriberRuleStore
{
    /// <summary>The subscriber's rules; <see cref="SubscriberRules.Default"/> (version 0) when never saved.</summary>
    public static async Task<SubscriberRules> LoadAsync(CallWardenDbContext db, long subscriber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.SubscriberRules.AsNoTracking().SingleOrDefaultAsync(r => r.Subscriber == subscriber, cancellationToken).ConfigureAwait(false);
        return row is null ? SubscriberRules.Default : RulesJson.Read(row.Rules) with { Version = row.Version };
    }

    /// <summary>
    /// Saves <paramref name="rules"/> if the stored version is still <paramref name="expectedVersion"/>
    /// (0 for a subscriber who never saved).
    /// </summary>
    /// <returns>The saved rules with their new version; null when the stored version differs.</returns>
    /// <exception cref="ArgumentException">The rules have problems; validate them first.</exception>
    public static async Task<SubscriberRules?> SaveAsync(
        CallWardenDbContext db, long subscriber, SubscriberRules rules, long expectedVersion, DateTimeOffset now, string region = "CN", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(subscriber);
        var problems = rules.Validate(region);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The rules cannot be saved: " + string.Join("; ", problems), nameof(rules));
        }

        var row = await db.SubscriberRules.SingleOrDefaultAsync(r => r.Subscriber == subscriber, cancellationToken).ConfigureAwait(false);
        if ((row?.Version ?? 0) != expectedVersion)
        {
            return null;
        }

        var saved = rules with { Version = expectedVersion + 1 };
        if (row is null)
        {
            row = new SubscriberRuleSet { Subscriber = subscriber, Rules = RulesJson.Write(saved) };
            db.SubscriberRules.Add(row);
        }

        row.Rules = RulesJson.Write(saved);
        row.Version = saved.Version;
        row.UpdatedAt = now;
        ChangeFeed.Append(db, ChangeKind.Rules, subscriber, new { version = saved.Version }, now);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ChangeFeed.LockForAppendAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbUpdateException)
        {
            // Another save won between our read and our write: the version token (update) or the key (first save) says so.
            db.ChangeTracker.Clear();
            if (await db.SubscriberRules.AsNoTracking().AnyAsync(r => r.Subscriber == subscriber && r.Version != expectedVersion, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            throw;
        }

        return saved;
    }
}
