using CallWarden.Core.Registry;
using CallWarden.Core.Screening.Index;
using CallWarden.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Registry;

/// <summary>
/// Reads the refusal and business registries from the store into a <see cref="RegistrySnapshot"/>:
/// the whole of them for the served snapshot, or only some numbers for the dry run and for the
/// changes the feed names. The one reader of both, so the two can never read the registries differently.
/// </summary>
public static class RegistryReader
{
    /// <summary>The registries as they stand, or only the refusals of <paramref name="subscribers"/> and the lines of <paramref name="lines"/> when given.</summary>
    public static async Task<RegistrySnapshot> ReadAsync(
        CallWardenDbContext db, IReadOnlyCollection<long>? subscribers = null, IReadOnlyCollection<long>? lines = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var refusals = await RefusalIndexAsync(db, subscribers, cancellationToken).ConfigureAwait(false);
        var (approved, names) = await LinesAsync(db, lines, cancellationToken).ConfigureAwait(false);
        return RegistrySnapshot.Build(refusals, approved, names);
    }

    /// <summary>
    /// The refusals of <paramref name="subscribers"/> (every one when null) as an index, streamed by
    /// subscriber straight into its builder: at 10^8 refusals the load holds 3 bytes a refusal on the way
    /// and no row object (issue #10 part 8).
    /// </summary>
    private static async Task<CommunityIndex> RefusalIndexAsync(CallWardenDbContext db, IReadOnlyCollection<long>? subscribers, CancellationToken cancellationToken)
    {
        (string, IEnumerable<object>)[] filters = subscribers is null ? [] : [(nameof(RefusalRecord.Subscriber), subscribers.Cast<object>())];
        // Not counted first: the builder grows by chunks without copying, and counting 10^8 rows is a scan of its own.
        var builder = new CommunityIndexBuilder(subscribers?.Count ?? 0);
        await StoreScan.EachAsync<RefusalRecord>(
            db,
            [nameof(RefusalRecord.Subscriber), nameof(RefusalRecord.Categories)],
            row => builder.Add(row.GetInt64(0), RegistrySnapshot.RefusalState((MarketingCategories)row.GetInt64(1))),
            filters,
            cancellationToken).ConfigureAwait(false);
        return builder.Build();
    }

    /// <summary>The refusals of <paramref name="subscribers"/> (every one when null); a subscriber without a row refuses nothing and is left out.</summary>
    public static async Task<List<RegisteredRefusal>> RefusalsAsync(CallWardenDbContext db, IReadOnlyCollection<long>? subscribers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.Refusals.AsNoTracking();
        if (subscribers is not null)
        {
            rows = rows.Where(r => subscribers.Contains(r.Subscriber));
        }

        return await rows.Select(r => new RegisteredRefusal(r.Subscriber, r.Categories)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The approved lines among <paramref name="numbers"/> (every one when null) and the names of their
    /// businesses. Should two approved businesses declare one number, the later approval wins (approval refuses it; this only settles old data).
    /// </summary>
    public static async Task<(List<RegisteredLine> Lines, Dictionary<int, BusinessName> Names)> LinesAsync(
        CallWardenDbContext db, IReadOnlyCollection<long>? numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var approved = db.BusinessLines.AsNoTracking()
            .Join(db.Businesses.AsNoTracking().Where(b => b.State == BusinessState.Approved), l => l.BusinessId, b => b.Id, (l, b) => new { l.Number, l.BusinessId, l.Kind, l.Categories, b.DecidedAt });
        if (numbers is not null)
        {
            approved = approved.Where(l => numbers.Contains(l.Number));
        }

        var rows = await approved.ToListAsync(cancellationToken).ConfigureAwait(false);
        var lines = rows.OrderBy(r => r.DecidedAt).Select(r => new RegisteredLine(r.Number, r.BusinessId, r.Kind, r.Categories)).ToList();
        var ids = lines.Select(l => l.BusinessId).Distinct().ToList();
        var names = await db.Businesses.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new { b.Id, b.Name, b.NameTraditional, b.NameEnglish })
            .ToDictionaryAsync(b => b.Id, b => new BusinessName(b.Name, b.NameTraditional, b.NameEnglish), cancellationToken).ConfigureAwait(false);
        return (lines, names);
    }

    /// <summary>
    /// The changes that bring a snapshot up to date with the store for the subscribers and lines the
    /// feed named: each subscriber's refusals now (none when withdrawn), each line now (kind none when gone),
    /// and the names of the businesses involved.
    /// </summary>
    public static async Task<(List<RegisteredRefusal> Refusals, List<RegisteredLine> Lines, List<KeyValuePair<int, BusinessName?>> Names)> ChangesAsync(
        CallWardenDbContext db, IReadOnlyCollection<long> subscribers, IReadOnlyCollection<long> lines, IReadOnlyCollection<int> businesses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(businesses);
        List<RegisteredRefusal> refusals = [];
        if (subscribers.Count > 0)
        {
            var found = (await RefusalsAsync(db, subscribers, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Subscriber);
            refusals = [.. subscribers.Select(s => found.GetValueOrDefault(s, new RegisteredRefusal(s, MarketingCategories.None)))];
        }

        List<RegisteredLine> changedLines = [];
        Dictionary<int, BusinessName> names = [];
        if (lines.Count > 0)
        {
            (var approved, names) = await LinesAsync(db, lines, cancellationToken).ConfigureAwait(false);
            var present = approved.Select(l => l.Number).ToHashSet();
            changedLines = [.. lines.Where(n => !present.Contains(n)).Select(n => new RegisteredLine(n, 0, BusinessLineKind.None, MarketingCategories.None)), .. approved];
        }

        var wanted = businesses.Where(b => !names.ContainsKey(b)).ToList();
        if (wanted.Count > 0)
        {
            var more = await db.Businesses.AsNoTracking().Where(b => wanted.Contains(b.Id) && b.State == BusinessState.Approved)
                .Select(b => new { b.Id, b.Name, b.NameTraditional, b.NameEnglish }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var b in more)
            {
                names[b.Id] = new BusinessName(b.Name, b.NameTraditional, b.NameEnglish);
            }
        }

        var changedNames = names.Select(n => KeyValuePair.Create(n.Key, (BusinessName?)n.Value))
            .Concat(wanted.Where(b => !names.ContainsKey(b)).Select(b => KeyValuePair.Create(b, (BusinessName?)null))).ToList();
        return (refusals, changedLines, changedNames);
    }
}
