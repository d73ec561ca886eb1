using System.Collections.Concurrent;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Web.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>
/// The lookup page's facts per number, kept in memory so that a burst of lookups of one number (a
/// fraud wave) costs the store one read per <see cref="Freshness"/> instead of one per request.
/// </summary>
/// <remarks>
/// Entries expire by time instead of following the change feed because the feed does not carry
/// most of what the page shows: intake publishes a reputation change only when a number's state or
/// score band moves (ReputationBand), so an entry dropped only by the feed would keep an old reporter
/// count and an old weekly chart for good. Thirty seconds behind is harmless on a public page, and an
/// entry also ends when a restriction it shows ends and when a new week begins, so the page never shows
/// an ended restriction or last week as this week. Concurrent requests for a stale or missing number
/// share one read (a lazy task), so an expiry in the middle of a burst costs one read, not one per
/// connection. The table is bounded: when it is full, stale entries go first, then all of them.
/// </remarks>
internal sealed class LookupCache(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    /// <summary>Numbers kept at most (a few MB): a wave concentrates on a few numbers; a scan of many is rate limited.</summary>
    public const int Capacity = 10_000;

    /// <summary>The weeks the chart covers, the current one included.</summary>
    public const int Weeks = 26;

    private readonly ConcurrentDictionary<long, Lazy<Task<LookupFacts>>> _entries = new();

    public Task<LookupFacts> GetAsync(PhoneNumber number)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(number.E164, out var entry))
            {
                if (!IsStale(entry, now))
                {
                    return entry.Value;
                }

                var replacement = Entry(number);
                if (_entries.TryUpdate(number.E164, replacement, entry))
                {
                    return replacement.Value;
                }
            }
            else
            {
                MakeRoom(now);
                var added = Entry(number);
                if (_entries.TryAdd(number.E164, added))
                {
                    return added.Value;
                }
            }
        }
    }

    /// <summary>An entry is stale once its read failed or its facts passed their end; a read under way is not.</summary>
    private static bool IsStale(Lazy<Task<LookupFacts>> entry, DateTimeOffset now) =>
        entry.IsValueCreated && entry.Value.IsCompleted && (!entry.Value.IsCompletedSuccessfully || entry.Value.Result.ValidUntil <= now);

    private Lazy<Task<LookupFacts>> Entry(PhoneNumber number) => new(() => ReadAsync(number));

    private async Task<LookupFacts> ReadAsync(PhoneNumber number)
    {
        // Not a request's token: every request waiting for this number shares the read.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var now = time.GetUtcNow();
        var stored = await StoredNumber.ReadAsync(db, number, now, CancellationToken.None);
        var weeks = await WeeklyReports.ReadAsync(db, number.E164, now, Weeks, CancellationToken.None);
        var until = now + Freshness;
        if (weeks.NextWeekStart < until)
        {
            until = weeks.NextWeekStart;
        }

        foreach (var action in stored.Enforcement)
        {
            if (action.Until is { } end && end < until)
            {
                until = end;
            }
        }

        return new LookupFacts(stored, weeks, until);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (_entries.Count < Capacity)
        {
            return;
        }

        foreach (var (number, entry) in _entries)
        {
            if (IsStale(entry, now))
            {
                _entries.TryRemove(KeyValuePair.Create(number, entry));
            }
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
    }
}
