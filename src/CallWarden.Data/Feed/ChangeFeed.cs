using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Feed;

/// <summary>Writing to and reading from the change feed that snapshot builders follow.</summary>
public static class ChangeFeed
{
    /// <summary>
    /// An arbitrary constant naming the feed's advisory lock. On PostgreSQL a sequence value is
    /// taken at insert but becomes visible at commit, so two writers could commit 8 before 7 and
    /// a follower past 8 would never see 7; holding this lock from the insert to the commit makes
    /// commit order equal sequence order. SQLite has a single writer already.
    /// </summary>
    private const long FeedLock = 0x43574645_4544; // "CWFEED"

    /// <summary>The PostgreSQL notification channel a write to the feed notifies at its commit (LISTEN/NOTIFY).</summary>
    public const string NotifyChannel = "callwarden_feed";

    /// <summary>The changes with a sequence above <paramref name="after"/>, oldest first.</summary>
    public static Task<List<ChangeRecord>> AfterAsync(CallWardenDbContext db, long after, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return db.Changes.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The highest sequence written so far, 0 for an empty feed.</summary>
    public static async Task<long> LastSequenceAsync(CallWardenDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Sequences(db).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
    }

    /// <summary>As <see cref="LastSequenceAsync"/>, for a metrics callback, which cannot await.</summary>
    public static long LastSequence(CallWardenDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Sequences(db).Max() ?? 0;
    }

    private static IQueryable<long?> Sequences(CallWardenDbContext db) => db.Changes.Select(c => (long?)c.Sequence);

    /// <summary>Adds a change to <paramref name="db"/>; it is written with the caller's transaction.</summary>
    public static ChangeRecord Append(CallWardenDbContext db, ChangeKind kind, long number, object payload, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        var change = new ChangeRecord { Kind = kind, Number = number, Payload = JsonSerializer.Serialize(payload, FeedJson.Options), At = at };
        db.Changes.Add(change);
        return change;
    }

    /// <summary>Call inside the transaction, before saving changes that append to the feed.</summary>
    internal static async Task LockForAppendAsync(CallWardenDbContext db, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries<ChangeRecord>().Any(e => e.State == EntityState.Added))
        {
            await LockAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Call inside the transaction, before inserting feed rows by other means than the change tracker.
    /// On PostgreSQL it also queues a notification on <see cref="NotifyChannel"/>, which the server
    /// delivers to every listening node when (and only if) the transaction commits.
    /// </summary>
    internal static async Task LockAsync(CallWardenDbContext db, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FeedLock}), pg_notify({NotifyChannel}, '')", cancellationToken).ConfigureAwait(false);
        }
    }
}
