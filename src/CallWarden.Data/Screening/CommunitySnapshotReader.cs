using CallWarden.Data.Feed;
using CallWarden.Data.Registry;

namespace CallWarden.Data.Screening;

/// <summary>
/// Builds a <see cref="CommunitySnapshot"/> from the store: the whole of it for the served snapshot, or
/// only some callers and callees for a dry run. One code for both, so the dry run and live screening
/// read the same facts the same way and can never disagree (issue #10 part 8).
/// </summary>
public static class CommunitySnapshotReader
{
    /// <param name="callers">The numbers whose facts and business lines to read; every one when null.</param>
    /// <param name="callees">The subscribers whose refusals to read; every one when null.</param>
    public static async Task<CommunitySnapshot> ReadAsync(
        CallWardenDbContext db, DateTimeOffset now, IReadOnlyCollection<long>? callers = null, IReadOnlyCollection<long>? callees = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The position is read before the state: a change committed in between is applied
        // again by the next catch-up, which re-reads the number, so nothing is missed.
        var version = await ChangeFeed.LastSequenceAsync(db, cancellationToken).ConfigureAwait(false);
        var expected = callers?.Count ?? await CommunityFactsReader.CountAsync(db, cancellationToken).ConfigureAwait(false);
        var builder = new CommunitySnapshotBuilder(expected);
        await CommunityFactsReader.EachAsync(db, now, callers, (number, facts) => builder.Add(number, facts), cancellationToken).ConfigureAwait(false);
        var registry = await RegistryReader.ReadAsync(db, callees, callers, cancellationToken).ConfigureAwait(false);
        return builder.Build(version, registry);
    }
}
