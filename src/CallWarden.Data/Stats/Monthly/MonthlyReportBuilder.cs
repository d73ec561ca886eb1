using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Stats.Monthly;

/// <summary>
/// Computes <see cref="MonthlyReport"/> from the store: the desk's page and <c>callwarden report-month</c>
/// both call it, so the page, its downloads and the shell's ZIP show the same figures.
/// </summary>
public static class MonthlyReportBuilder
{
    public const int TopNumbersShown = 20;

    /// <summary>The overdue cases and police referrals are counted in full but listed up to this many.</summary>
    public const int ListLimit = 100;

    private static readonly CaseState[] Verified = [CaseState.Verified, CaseState.Forwarded, CaseState.Actioned, CaseState.Closed];

    /// <summary>The first month of the store's reports; null when it holds none.</summary>
    public static async Task<DateOnly?> FirstMonthAsync(CallWardenDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var first = await db.Rollups.AsNoTracking().MinAsync(r => (DateOnly?)r.Day, cancellationToken).ConfigureAwait(false);
        return first is { } day ? new DateOnly(day.Year, day.Month, 1) : null;
    }

    /// <summary>The report of <paramref name="month"/> (its first day) as the store has it at <paramref name="now"/>.</summary>
    public static async Task<MonthlyReport> BuildAsync(CallWardenDbContext db, CaseDeadlines deadlines, DateOnly month, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deadlines);
        month = new DateOnly(month.Year, month.Month, 1);
        var today = ChinaTime.DateOf(now);
        var last = month.AddMonths(1).AddDays(-1);
        var counts = await PeriodCounts.ReadAsync(db, month, last < today ? last : today, cancellationToken).ConfigureAwait(false);
        var previous = await PeriodCounts.ReadAsync(db, month.AddMonths(-1), month.AddDays(-1), cancellationToken).ConfigureAwait(false);
        var lastYear = await PeriodCounts.ReadAsync(db, month.AddYears(-1), month.AddYears(-1).AddMonths(1).AddDays(-1), cancellationToken).ConfigureAwait(false);
        var (start, end) = (ChinaTime.StartOf(counts.From), ChinaTime.StartOf(counts.To.AddDays(1)));

        return new MonthlyReport(
            month,
            now,
            counts,
            previous.Reports,
            lastYear.Reports,
            Volumes(IntakeChannels.All.Select(c => c.Code()), counts.ByChannel, previous.ByChannel, lastYear.ByChannel, fixedOrder: true),
            Volumes([], counts.ByCategory, previous.ByCategory, lastYear.ByCategory),
            Volumes([], counts.ByCarrier, previous.ByCarrier, lastYear.ByCarrier, Carrier.Unknown.Code()),
            Volumes([], WithUnknown(counts), WithUnknown(previous), WithUnknown(lastYear), PublicStatistics.UnknownProvince),
            await TopNumbersAsync(db, start, end, cancellationToken).ConfigureAwait(false),
            await ScorecardAsync(db, deadlines, start, end, now, cancellationToken).ConfigureAwait(false),
            await OverdueAsync(db, deadlines, start, end, now, cancellationToken).ConfigureAwait(false),
            await PoliceAsync(db, start, end, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every code seen in any of the three months; most reports this month first (unless the order is fixed), <paramref name="unknown"/> last.</summary>
    private static List<MonthlyVolume> Volumes(
        IEnumerable<string> first, IReadOnlyDictionary<string, long> month, IReadOnlyDictionary<string, long> previous, IReadOnlyDictionary<string, long> lastYear, string? unknown = null, bool fixedOrder = false)
    {
        var codes = first.Concat(month.Keys).Concat(previous.Keys).Concat(lastYear.Keys).Distinct(StringComparer.Ordinal);
        var rows = codes.Select(c => new MonthlyVolume(c, month.GetValueOrDefault(c), previous.GetValueOrDefault(c), lastYear.GetValueOrDefault(c)));
        return fixedOrder ? [.. rows] : [.. rows.OrderBy(r => r.Code == unknown).ThenByDescending(r => r.Month).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static Dictionary<string, long> WithUnknown(PeriodCounts counts)
    {
        var provinces = new Dictionary<string, long>(counts.ByProvince, StringComparer.Ordinal);
        if (counts.NoProvince > 0)
        {
            provinces[PublicStatistics.UnknownProvince] = counts.NoProvince;
        }

        return provinces;
    }

    private static async Task<List<ReportedNumber>> TopNumbersAsync(CallWardenDbContext db, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var rows = await db.Reports.AsNoTracking()
            .Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            // A withheld caller is no number: its case (about the line called) is never a top reported number.
            .Join(db.Cases.AsNoTracking().Where(c => Verified.Contains(c.State) && c.CalledNumber == null), r => r.CaseId, c => c.Id, (r, c) => new { c.Id, c.Number, c.NumberKind, c.State, c.CarrierCode })
            .GroupBy(x => new { x.Id, x.Number, x.NumberKind, x.State, x.CarrierCode })
            .Select(g => new { g.Key, Reports = g.LongCount() })
            .OrderByDescending(g => g.Reports).ThenBy(g => g.Key.Number)
            .Take(TopNumbersShown)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new ReportedNumber(r.Key.Number, r.Key.NumberKind, r.Reports, r.Key.Id, r.Key.State, r.Key.CarrierCode))];
    }

    private static async Task<IReadOnlyList<CarrierScore>> ScorecardAsync(
        CallWardenDbContext db, CaseDeadlines deadlines, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var forwarded = await db.Cases.AsNoTracking()
            .Where(c => c.ForwardedAt >= start && c.ForwardedAt < end && c.CarrierCode != null)
            .Select(c => new { c.CarrierCode, c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var routed = forwarded
            .Select(c => (Known: CarrierNames.TryParseCode(c.CarrierCode!, out var carrier), Carrier: carrier, Timeline: new CaseTimeline(c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt)))
            .Where(c => c.Known)
            .Select(c => (c.Carrier, c.Timeline));
        return CarrierScorecard.Compute(routed, deadlines, now);
    }

    private static async Task<MonthlyCases> OverdueAsync(
        CallWardenDbContext db, CaseDeadlines deadlines, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CaseState[] waiting = [CaseState.Received, CaseState.Verified, CaseState.Forwarded, CaseState.Actioned];
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end && waiting.Contains(c.State))
            .Select(c => new { c.Id, c.Number, c.NumberKind, c.State, c.CarrierCode, c.ReceivedAt, c.ForwardedAt, c.ActionedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var overdue = open
            .Select(c => (Case: c, Late: deadlines.For(new CaseTimeline(c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt)).FirstOrDefault(d => d.IsOverdueAt(now))))
            .Where(c => c.Late is not null)
            .OrderBy(c => c.Late!.Due).ThenBy(c => c.Case.Id)
            .Select(c => new MonthlyCase(c.Case.Id, c.Case.Number, c.Case.NumberKind, c.Case.State, c.Case.CarrierCode, c.Case.ReceivedAt, c.Case.ForwardedAt, c.Late!.Kind, c.Late.Due))
            .ToList();
        return new MonthlyCases(overdue.Count, [.. overdue.Take(ListLimit)]);
    }

    private static async Task<MonthlyCases> PoliceAsync(CallWardenDbContext db, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var referred = db.Cases.AsNoTracking().Where(c => c.Police && c.ForwardedAt >= start && c.ForwardedAt < end);
        var total = await referred.CountAsync(cancellationToken).ConfigureAwait(false);
        var shown = await referred.OrderBy(c => c.ForwardedAt).ThenBy(c => c.Id).Take(ListLimit)
            .Select(c => new MonthlyCase(c.Id, c.Number, c.NumberKind, c.State, c.CarrierCode, c.ReceivedAt, c.ForwardedAt, null, null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new MonthlyCases(total, shown);
    }
}
