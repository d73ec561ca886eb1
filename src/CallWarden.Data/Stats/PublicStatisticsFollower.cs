using CallWarden.Core.Cases;
using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Stats;

/// <summary>
/// Keeps the published statistics: built once on first use, then rebuilt by
/// <see cref="RefreshIfDueAsync"/> when the change feed moved, but never more often than
/// <paramref name="rebuildAtMostEvery"/>, and at least every <paramref name="rebuildAtLeastEvery"/>
/// whatever the feed says. The feed alone is not enough: intake writes to it only when a number's
/// reputation changes band, and the case workflow only when enforcement changes, so most reports and
/// every verify, forward, reject, close and non-enforcing action leave it where it was; and
/// deadlines pass, and months turn, with no write at all. One writer (the host's loop), any number of readers.
/// </summary>
public sealed class PublicStatisticsFollower(
    IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, CaseDeadlines deadlines, TimeSpan rebuildAtMostEvery, TimeSpan rebuildAtLeastEvery)
{
    private readonly Lock _swap = new();
    private PublicStatistics? _current;
    private Task<PublicStatistics>? _first;
    private long _started;
    private long _installed;

    /// <summary>The latest figures; null until the first build.</summary>
    public PublicStatistics? Current => Volatile.Read(ref _current);

    /// <summary>The current figures, building them first when none were built yet (once, however many ask; again after a failure).</summary>
    public Task<PublicStatistics> EnsureBuiltAsync()
    {
        if (Current is { } built)
        {
            return Task.FromResult(built);
        }

        var first = LazyInitializer.EnsureInitialized(ref _first, () => BuildAsync(CancellationToken.None));
        if (first.IsFaulted || first.IsCanceled)
        {
            Interlocked.CompareExchange(ref _first, null, first);
        }

        return first;
    }

    /// <summary>
    /// Reads the figures from the store now and swaps them in, unless a build that started later
    /// finished first (the first request's build and the host's loop may overlap); returns the current figures.
    /// </summary>
    public async Task<PublicStatistics> BuildAsync(CancellationToken cancellationToken = default)
    {
        var ticket = Interlocked.Increment(ref _started);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var statistics = await PublicStatisticsReader.ReadAsync(db, deadlines, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            lock (_swap)
            {
                if (ticket > _installed)
                {
                    _installed = ticket;
                    Volatile.Write(ref _current, statistics);
                }

                return _current!;
            }
        }
    }

    /// <summary>Rebuilds when due (see the class); returns true when it did.</summary>
    public async Task<bool> RefreshIfDueAsync(CancellationToken cancellationToken = default)
    {
        if (Current is not { } current)
        {
            await BuildAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        var age = time.GetUtcNow() - current.BuiltAt;
        if (age < rebuildAtMostEvery)
        {
            return false;
        }

        if (age < rebuildAtLeastEvery)
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                if (await ChangeFeed.LastSequenceAsync(db, cancellationToken).ConfigureAwait(false) == current.FeedPosition)
                {
                    return false;
                }
            }
        }

        await BuildAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
