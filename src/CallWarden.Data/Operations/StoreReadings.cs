using CallWarden.Data.Feed;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Operations;

/// <summary>
/// What the gauges read from the store — the unsent outbox by channel and the feed's newest
/// sequence — read at most once per <paramref name="interval"/>, however often and however many
/// scrapers ask: a burst of scrapes costs one query. A failed read keeps the last figures and is not
/// retried before the interval has passed.
/// </summary>
public sealed class StoreReadings(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, TimeSpan interval)
{
    private readonly Lock _reading = new();
    private StoreReading _last = StoreReading.None;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>The latest figures, read anew when older than the interval.</summary>
    public StoreReading Current()
    {
        lock (_reading)
        {
            var now = time.GetUtcNow();
            if (now - _readAt < interval)
            {
                return _last;
            }

            _readAt = now;
            try
            {
                _last = Read(now);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                // The gauges keep the last figures; readiness (/readyz) is what reports the store gone.
            }

            return _last;
        }
    }

    private StoreReading Read(DateTimeOffset now)
    {
        using var db = contexts.CreateDbContext();
        var unsent = db.Outbox.AsNoTracking().Where(m => m.SentAt == null)
            .GroupBy(m => m.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .ToList();
        var outbox = Enum.GetValues<OutboxChannel>()
            .Select(channel => unsent.FirstOrDefault(u => u.Channel == channel) is { } u
                ? new OutboxBacklog(channel, u.Count, now - u.Oldest)
                : new OutboxBacklog(channel, 0, TimeSpan.Zero))
            .ToList();
        return new StoreReading(outbox, ChangeFeed.LastSequence(db), now);
    }
}
