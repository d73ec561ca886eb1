using CallWarden.Data;
using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Operations;

/// <summary>
/// The readiness query: the store's newest change-feed sequence, answered within
/// <see cref="ReadinessOptions.StoreTimeout"/> or not at all. Trivial (the maximum of the feed's key)
/// and the figure the feed check compares the snapshot with.
/// </summary>
internal sealed class FeedPosition(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, IOptions<ReadinessOptions> options)
{
    /// <summary>The newest sequence; throws <see cref="TimeoutException"/> past the bound, or what the store threw.</summary>
    public Task<long> ReadAsync(CancellationToken cancellationToken) =>
        // WaitAsync bounds the wait even where a driver does not honour cancellation (SQLite waiting on a lock).
        NewestAsync(cancellationToken).WaitAsync(options.Value.StoreTimeout, time, cancellationToken);

    private async Task<long> NewestAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await ChangeFeed.LastSequenceAsync(db, cancellationToken);
        }
    }
}
