using System.Runtime;
using CallWarden.Core.Screening;
using CallWarden.Data.Feed;
using CallWarden.Data.Registry;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Screening;

/// <summary>
/// Keeps the community snapshot current: <see cref="LoadAsync"/> builds it from the store once,
/// <see cref="CatchUpAsync"/> applies the change feed since then, re-reading only the numbers
/// that changed, and swaps the result in atomically. One writer (the caller's loop); any number of readers.
/// </summary>
public sealed class CommunityFollower(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, SubscriberRulesCache? rules = null)
{
    private const int Page = 1000;

    /// <summary>A first snapshot this large is followed by one full collection (issue #10 part 8).</summary>
    private const long SettleAbove = 64L << 20;

    private CommunitySnapshot _current = CommunitySnapshot.Empty;
    private Task<CommunitySnapshot>? _firstLoad;
    private volatile bool _loaded;
    private long _caughtUpTicks;

    /// <summary>The latest snapshot; read it once per decision.</summary>
    public CommunitySnapshot Current => Volatile.Read(ref _current);

    /// <summary>True once <see cref="LoadAsync"/> has built a snapshot from the store.</summary>
    public bool IsLoaded => _loaded;

    /// <summary>
    /// When the follower last stood at the end of the feed (a build, or a catch-up that read it to
    /// its end); null before the first build. Readiness and the feed-lag gauge read it (issue #12 part 5).
    /// </summary>
    public DateTimeOffset? CaughtUpAt => Interlocked.Read(ref _caughtUpTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>The current snapshot, building it first when none was built yet (once, however many ask).</summary>
    public Task<CommunitySnapshot> EnsureLoadedAsync() =>
        _loaded ? Task.FromResult(Current) : LazyInitializer.EnsureInitialized(ref _firstLoad, () => LoadAsync(CancellationToken.None));

    /// <summary>Builds the snapshot from the store and swaps it in; returns it.</summary>
    public async Task<CommunitySnapshot> LoadAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await CommunitySnapshotReader.ReadAllAsync(contexts, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _current, snapshot);
        _loaded = true;
        CaughtUp();
        if (snapshot.SizeInBytes >= SettleAbove)
        {
            // The build's buffers (gaps, states, the side table's growth) are garbage now, most of it on the
            // large-object heap, which the runtime would keep committed until it next needs a full
            // collection. One compacting collection hands it back, so a node settles at its steady size.
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return snapshot;
    }

    /// <summary>Applies the feed after the current snapshot's version; returns how many feed rows were read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        if (!_loaded)
        {
            await EnsureLoadedAsync().ConfigureAwait(false);
            return 0;
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var read = 0;
            while (true)
            {
                var snapshot = Current;
                var changes = await ChangeFeed.AfterAsync(db, snapshot.Version, Page, cancellationToken).ConfigureAwait(false);
                if (changes.Count == 0)
                {
                    CaughtUp();
                    return read;
                }

                read += changes.Count;
                var numbers = changes.Where(c => c.Kind is ChangeKind.Reputation or ChangeKind.Enforcement or ChangeKind.Registry).Select(c => c.Number).ToHashSet();
                foreach (var change in changes.Where(c => c.Kind == ChangeKind.Rules))
                {
                    rules?.Invalidate(change.Number);
                }

                var facts = numbers.Count == 0
                    ? []
                    : await CommunityFactsReader.ReadAsync(db, time.GetUtcNow(), numbers, cancellationToken).ConfigureAwait(false);
                var updates = numbers.Select(n => KeyValuePair.Create(n, facts.GetValueOrDefault(n))).ToList();
                var registry = await RegistryChangesAsync(db, snapshot.Registry, changes, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, snapshot.Apply(updates, changes[^1].Sequence, registry));
                if (changes.Count < Page)
                {
                    CaughtUp();
                    return read;
                }
            }
        }
    }

    /// <summary>The registries with the refusals, lines and businesses the changes name read again; the same snapshot when they name none.</summary>
    private static async Task<Core.Registry.RegistrySnapshot> RegistryChangesAsync(CallWardenDbContext db, Core.Registry.RegistrySnapshot registry, List<ChangeRecord> changes, CancellationToken cancellationToken)
    {
        var subscribers = changes.Where(c => c.Kind == ChangeKind.Refusal).Select(c => c.Number).ToHashSet();
        var lines = changes.Where(c => c.Kind == ChangeKind.BusinessLine).Select(c => c.Number).ToHashSet();
        var businesses = changes.Where(c => c.Kind == ChangeKind.Business).Select(c => (int)c.Number).ToHashSet();
        if (subscribers.Count + lines.Count + businesses.Count == 0)
        {
            return registry;
        }

        var (refusals, changedLines, names) = await RegistryReader.ChangesAsync(db, subscribers, lines, businesses, cancellationToken).ConfigureAwait(false);
        return registry.Apply(refusals, changedLines, names);
    }

    private void CaughtUp() => Interlocked.Exchange(ref _caughtUpTicks, time.GetUtcNow().UtcTicks);
}
