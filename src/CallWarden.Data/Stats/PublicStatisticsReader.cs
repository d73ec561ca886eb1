using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Feed;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Stats;

/// <summary>
/// Reads <see cref="PublicStatistics"/> from the store: a handful of grouped queries over the daily
/// rollups and one pass over the rows of the cases forwarded in the period. Never per request: the
/// follower calls it and keeps the result.
/// </summary>
public static class PublicStatisticsReader
{
    public const int MonthsShown = 12;

    public static async Task<PublicStatistics> ReadAsync(CallWardenDbContext db, CaseDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deadlines);

        // The position is read before the figures: a change committed in between only makes the next round rebuild again.
        var position = await ChangeFeed.LastSequenceAsync(db, cancellationToken).ConfigureAwait(false);
        var today = ChinaTime.DateOf(now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        DateOnly[] months = [.. Enumerable.Range(0, MonthsShown).Select(i => thisMonth.AddMonths(i - MonthsShown + 1))];
        var from = months[0];
        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(today.AddDays(1)));
        var rollups = db.Rollups.AsNoTracking().Where(r => r.Day >= from && r.Day <= today);

        var channels = await rollups.GroupBy(r => new { r.Day, r.Channel }).Select(g => new DayCount(g.Key.Day, g.Key.Channel, g.Sum(r => r.Count)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var categories = await rollups.GroupBy(r => new { r.Day, r.Category }).Select(g => new DayCount(g.Key.Day, g.Key.Category, g.Sum(r => r.Count)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var carriers = await rollups.GroupBy(r => r.Carrier).Select(g => new GroupCount(g.Key, g.Sum(r => r.Count)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var provinces = await rollups.GroupBy(r => r.Province).Select(g => new GroupCount(g.Key, g.Sum(r => r.Count)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var states = await db.Cases.AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .GroupBy(c => c.State).Select(g => new { State = g.Key, Cases = g.LongCount() })
            .ToDictionaryAsync(s => s.State, s => s.Cases, cancellationToken).ConfigureAwait(false);
        var forwarded = await db.Cases.AsNoTracking().Where(c => c.ForwardedAt >= start && c.ForwardedAt < end && c.CarrierCode != null)
            .Select(c => new RoutedCase(c.CarrierCode!, new CaseTimeline(c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt, null)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new PublicStatistics(
            now,
            position,
            months,
            ByMonth(channels, months, IntakeChannels.All.Select(c => c.Code()).Concat(channels.Select(c => c.Code).Order(StringComparer.Ordinal))),
            [.. ByMonth(categories, months, categories.Select(c => c.Code).Distinct()).OrderByDescending(c => c.Total).ThenBy(c => c.Code, StringComparer.Ordinal)],
            Ranked(carriers, Carrier.Unknown.Code()),
            Ranked([.. provinces.Select(p => p.Code.Length == 0 ? p with { Code = PublicStatistics.UnknownProvince } : p)], PublicStatistics.UnknownProvince),
            Scorecard(forwarded, deadlines, now),
            [.. Enum.GetValues<CaseState>().Select(s => new CaseStateCount(s, states.GetValueOrDefault(s)))],
            deadlines.Policy);
    }

    private static List<MonthlyCounts> ByMonth(List<DayCount> days, DateOnly[] months, IEnumerable<string> codes)
    {
        var counts = codes.Distinct(StringComparer.Ordinal).ToDictionary(c => c, _ => new long[months.Length], StringComparer.Ordinal);
        foreach (var day in days)
        {
            counts[day.Code][((day.Day.Year - months[0].Year) * 12) + day.Day.Month - months[0].Month] += day.Count;
        }

        return [.. counts.Select(c => new MonthlyCounts(c.Key, c.Value))];
    }

    /// <summary>Most reports first (ties by code), the group nobody could attribute last.</summary>
    private static List<GroupCount> Ranked(List<GroupCount> groups, string unknown) =>
        [.. groups.GroupBy(g => g.Code, StringComparer.Ordinal).Select(g => new GroupCount(g.Key, g.Sum(c => c.Reports)))
            .OrderBy(g => g.Code == unknown).ThenByDescending(g => g.Reports).ThenBy(g => g.Code, StringComparer.Ordinal)];

    private static List<CarrierStanding> Scorecard(List<RoutedCase> forwarded, CaseDeadlines deadlines, DateTimeOffset now)
    {
        List<CarrierStanding> lines = [];
        foreach (var carrier in forwarded.GroupBy(c => c.Carrier, StringComparer.Ordinal).OrderBy(g => CarrierNames.TryParseCode(g.Key, out var c) ? (int)c : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var steps = carrier.SelectMany(c => deadlines.For(c.Timeline)).ToList();
            var forward = DeadlineScore.Of(steps.Where(d => d.Kind == DeadlineKind.Forward), deadlines.Calendar, now);
            var act = DeadlineScore.Of(steps.Where(d => d.Kind == DeadlineKind.Act), deadlines.Calendar, now);
            var (forwardTimes, actTimes) = (forward.Met >= PublicStatistics.MinimumCases, act.Met >= PublicStatistics.MinimumCases);
            lines.Add(new CarrierStanding(
                carrier.Key,
                carrier.Count(),
                act.Met,
                act.MetOnTime,
                act.OverdueUnmet,
                forwardTimes ? forward.MedianWorkingDays : null,
                forwardTimes ? forward.P95WorkingDays : null,
                actTimes ? act.MedianWorkingDays : null,
                actTimes ? act.P95WorkingDays : null,
                act.Judged >= PublicStatistics.MinimumCases && act.ShareOnTime is { } share ? Math.Round(share, 4) : null));
        }

        return lines;
    }

    private sealed record DayCount(DateOnly Day, string Code, long Count);

    private sealed record RoutedCase(string Carrier, CaseTimeline Timeline);
}
