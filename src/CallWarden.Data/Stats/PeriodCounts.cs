using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Stats;

/// <summary>
/// Reports counted over China days <see cref="From"/>..<see cref="To"/> from the daily rollups, and the
/// cases received in those days by state. One reading for <c>/api/v1/stats/summary</c> and the monthly
/// report, so that the two always agree.
/// </summary>
/// <param name="ByProvince">Reports by ISO 3166-2:CN code; those whose number has no province are left out (the summary's habit), see <see cref="NoProvince"/>.</param>
public sealed record PeriodCounts(
    DateOnly From,
    DateOnly To,
    long Reports,
    IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByCategory,
    IReadOnlyDictionary<string, long> ByCarrier,
    IReadOnlyDictionary<string, long> ByProvince,
    IReadOnlyDictionary<CaseState, int> CasesByState)
{
    /// <summary>Reports whose number has no province.</summary>
    public long NoProvince => Reports - ByProvince.Values.Sum();

    public static async Task<PeriodCounts> ReadAsync(CallWardenDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rollups = await db.Rollups.AsNoTracking().Where(r => r.Day >= from && r.Day <= to).ToListAsync(cancellationToken).ConfigureAwait(false);
        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)));
        var states = await db.Cases.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .GroupBy(c => c.State)
            .Select(g => new { State = g.Key, Cases = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Cases, cancellationToken).ConfigureAwait(false);
        return new PeriodCounts(
            from,
            to,
            rollups.Sum(r => r.Count),
            Totals(rollups, r => r.Channel),
            Totals(rollups, r => r.Category),
            Totals(rollups, r => r.Carrier),
            Totals(rollups.Where(r => r.Province.Length > 0), r => r.Province),
            states);
    }

    private static Dictionary<string, long> Totals(IEnumerable<DailyRollup> rollups, Func<DailyRollup, string> key) =>
        rollups.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
}
