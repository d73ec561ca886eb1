using CallWarden.Data.Feed;
using CallWarden.Data.Registry;
using Microsoft.EntityFrameworkCore;

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
        var builder = await FactsAsync(db, now, callers, cancellationToken).ConfigureAwait(false);
        var registry = await RegistryReader.ReadAsync(db, callees, callers, cancellationToken).ConfigureAwait(false);
        return builder.Build(version, registry);
    }

    /// <summary>
    /// The whole store, the facts and the registries each read on a context of its own at once: the
    /// two scans (10^7 reputations, 10^8 refusals) then share the machine's cores.
    /// </summary>
    public static async Task<CommunitySnapshot> ReadAllAsync(IDbContextFactory<CallWardenDbContext> contexts, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var version = await ChangeFeed.LastSequenceAsync(db, cancellationToken).ConfigureAwait(false);
            var registry = Task.Run(
                async () =>
                {
                    var registryDb = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                    await using (registryDb.ConfigureAwait(false))
                    {
                        return await RegistryReader.ReadAsync(registryDb, cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                },
                cancellationToken);
            var builder = await Task.Run(() => FactsAsync(db, now, null, cancellationToken), cancellationToken).ConfigureAwait(false);
            return builder.Build(version, await registry.ConfigureAwait(false));
        }
    }

    private static async Task<CommunitySnapshotBuilder> FactsAsync(CallWardenDbContext db, DateTimeOffset now, IReadOnlyCollection<long>? callers, CancellationToken cancellationToken)
    {
        var builder = new CommunitySnapshotBuilder(callers?.Count ?? await CommunityFactsReader.CountAsync(db, cancellationToken).ConfigureAwait(false));
        await CommunityFactsReader.EachAsync(db, now, callers, (number, facts) => builder.Add(number, facts), cancellationToken).ConfigureAwait(false);
        return builder;
    }
}
