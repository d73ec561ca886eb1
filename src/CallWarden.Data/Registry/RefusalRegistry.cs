using System.Globalization;
using System.Text.Json;
using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data.Feed;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Registry;

/// <summary>
/// The refusal registry's writes and reads: a subscriber refuses or withdraws categories of
/// marketing calls by SMS, on the web or through a carrier's app; each change goes on the change
/// feed in the same transaction, so every node screens with it as soon as it follows the feed.
/// </summary>
public sealed class RefusalRegistry(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
{
    /// <summary>Every writer that loses a race reads again; as many attempts as writers can plausibly race on one number.</summary>
    private const int SaveAttempts = 10;

    /// <summary>What <paramref name="subscriber"/> refuses now; none when nothing.</summary>
    public async Task<MarketingCategories> RefusedAsync(long subscriber, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Refusals.AsNoTracking().Where(r => r.Subscriber == subscriber).Select(r => r.Categories).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds <paramref name="refuse"/> to the subscriber's refusals, then takes <paramref name="withdraw"/>
    /// away; returns what the subscriber refuses afterwards. With <paramref name="confirmIn"/> a
    /// confirmation is queued to the phone by SMS in that language (the web and the API; an SMS
    /// command is confirmed by its reply).
    /// </summary>
    /// <param name="channel"><c>sms</c>, <c>web</c> or <c>api</c>.</param>
    /// <param name="changedBy">The API key that made the change, when one did.</param>
    public async Task<MarketingCategories> ChangeAsync(
        long subscriber, MarketingCategories refuse, MarketingCategories withdraw, string channel, string? changedBy, DisplayLanguage? confirmIn, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(subscriber);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        for (var attempt = 1; ; attempt++)
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                try
                {
                    return await ChangeOnceAsync(db, subscriber, refuse & MarketingCategories.All, withdraw & MarketingCategories.All, channel, changedBy, confirmIn, cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException) when (attempt < SaveAttempts)
                {
                    // Another change to the same subscriber won between our read and our write: read again.
                }
            }
        }
    }

    private async Task<MarketingCategories> ChangeOnceAsync(
        CallWardenDbContext db, long subscriber, MarketingCategories refuse, MarketingCategories withdraw, string channel, string? changedBy, DisplayLanguage? confirmIn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = await db.Refusals.SingleOrDefaultAsync(r => r.Subscriber == subscriber, cancellationToken).ConfigureAwait(false);
        var before = row?.Categories ?? MarketingCategories.None;
        var after = (before | refuse) & ~withdraw;
        if (row is null && after != MarketingCategories.None)
        {
            row = new RefusalRecord { Subscriber = subscriber, Channel = channel, RegisteredAt = now };
            db.Refusals.Add(row);
        }

        if (row is not null)
        {
            if (after == MarketingCategories.None)
            {
                db.Refusals.Remove(row);
            }
            else
            {
                (row.Categories, row.Channel, row.ChangedBy, row.UpdatedAt) = (after, channel, changedBy, now);
                row.Version++;
            }
        }

        // The same answer twice is confirmed again but changes nothing, so it does not touch the feed.
        if (after != before)
        {
            ChangeFeed.Append(db, ChangeKind.Refusal, subscriber, new { refused = after.ToCodes() }, now);
        }

        if (confirmIn is { } language)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = OutboxChannel.Sms,
                Recipient = "+" + subscriber.ToString(CultureInfo.InvariantCulture),
                Language = language.Tag(),
                TemplateKey = OutboxTemplates.RefusalChanged,
                Parameters = JsonSerializer.Serialize(new { refused = after == MarketingCategories.None ? [] : after.ToCodes(), withdrawn = (before & withdraw) != 0 }),
                DedupKey = $"refusal:{subscriber}:{now.UtcTicks}:{Guid.NewGuid():N}",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ChangeFeed.LockForAppendAsync(db, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return after;
    }
}
