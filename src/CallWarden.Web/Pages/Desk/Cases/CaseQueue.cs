using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// Reads the queue: the caller's cases (<see cref="CaseScope"/>) matching a <see cref="CaseQuery"/>,
/// newest first, a page at a time, with the count of all that match.
/// </summary>
internal static class CaseQueue
{
    public const int PageSize = 50;

    /// <summary>How many distinct numbers the province filter attributes at most (libphonenumber, microseconds each).</summary>
    public const int ProvinceNumbers = 5000;

    /// <summary>The most cases one bulk action changes.</summary>
    public const int BulkLimit = 200;

    /// <summary>The page, or null when the province filter would have to attribute more than <see cref="ProvinceNumbers"/> numbers.</summary>
    public static async Task<QueuePage?> ReadAsync(
        CallWardenDbContext db, Caller caller, CaseQuery query, int page, CaseDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cases = await FilteredAsync(db, caller, query, deadlines, now, cancellationToken);
        if (cases is null)
        {
            return null;
        }

        var total = await cases.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var records = await Newest(cases).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = records.Select(c => c.Id).ToList();
        var reports = await db.CaseReports.AsNoTracking().Where(l => ids.Contains(l.CaseId))
            .Select(l => new { l.CaseId, l.Report!.CategoryCode }).ToListAsync(cancellationToken);
        var byCase = reports.ToLookup(r => r.CaseId, r => r.CategoryCode);
        var rows = records.Select(c => new QueueRow(
            c.Id,
            PhoneNumberDisplay.Written(c.CalledNumber is { } called ? new PhoneNumber(called, c.CalledNumberKind ?? NumberKind.Invalid) : new PhoneNumber(c.Number, c.NumberKind)),
            c.State,
            c.CarrierCode,
            c.Police,
            c.ReceivedAt,
            [.. byCase[c.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            byCase[c.Id].Count(),
            DeadlineFlag.Of(c, deadlines, now),
            c.CalledNumber is not null)).ToList();
        return new QueuePage(rows, total, page, pages);
    }

    /// <summary>The ids of the newest <paramref name="limit"/> matching cases (the bulk form's "all matching"); null as for <see cref="ReadAsync"/>.</summary>
    public static async Task<(IReadOnlyList<long> Ids, int Total)?> IdsAsync(
        CallWardenDbContext db, Caller caller, CaseQuery query, int limit, CaseDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cases = await FilteredAsync(db, caller, query, deadlines, now, cancellationToken);
        if (cases is null)
        {
            return null;
        }

        var total = await cases.CountAsync(cancellationToken);
        return (await Newest(cases).Select(c => c.Id).Take(limit).ToListAsync(cancellationToken), total);
    }

    private static IOrderedQueryable<CaseRecord> Newest(IQueryable<CaseRecord> cases) =>
        cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id);

    private static async Task<IQueryable<CaseRecord>?> FilteredAsync(
        CallWardenDbContext db, Caller caller, CaseQuery query, CaseDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cases = query.Apply(db.Cases.AsNoTracking().VisibleTo(caller), db, OverdueCutoffs.At(deadlines, now));
        if (query.Province is not { } province)
        {
            return cases;
        }

        // The database knows numbers, not where they are registered: attribute the distinct numbers
        // the rest of the filter leaves, at most ProvinceNumbers of them, and keep those of the province.
        var numbers = await cases.Select(c => new { c.Number, c.NumberKind }).Distinct().Take(ProvinceNumbers + 1).ToListAsync(cancellationToken);
        if (numbers.Count > ProvinceNumbers)
        {
            return null;
        }

        var inProvince = numbers
            .Where(n => NumberAttributor.Default.Attribute(new PhoneNumber(n.Number, n.NumberKind), DisplayLanguage.En).ProvinceCode == province.Code)
            .Select(n => n.Number)
            .ToList();
        return cases.Where(c => inProvince.Contains(c.Number));
    }
}
