using CallWarden.Core.Calendar;
using CallWarden.Data;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Stats;

/// <summary><c>GET /stats/summary?from&amp;to</c>: counts from the daily rollups, durations from the cases.</summary>
internal static class StatsApi
{
    private const int MaxDays = 366;

    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        var stats = api.MapGroup("/stats").WithTags("Stats").RequireAuthorization(Policies.Stats);
        stats.MapGet("/summary", SummaryAsync).WithName("StatsSummary");
        return api;
    }

    private static async Task<Results<Ok<StatsSummary>, ValidationProblem>> SummaryAsync(
        HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, string? from = null, string? to = null)
    {
        var errors = new FieldErrors();
        var last = Day(to, "to", errors) ?? ChinaTime.DateOf(time.GetUtcNow());
        var first = Day(from, "from", errors) ?? last.AddDays(-29);
        if (!errors.Any && (first > last || last.DayNumber - first.DayNumber >= MaxDays))
        {
            errors.Add("from", $"must be on or before 'to' and at most {MaxDays} days before it");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var rollups = await db.Rollups.AsNoTracking().Where(r => r.Day >= first && r.Day <= last).ToListAsync(http.RequestAborted);
        var (start, end) = (ChinaTime.StartOf(first), ChinaTime.StartOf(last.AddDays(1)));
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .Select(c => new { c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt })
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new StatsSummary(
            first,
            last,
            rollups.Sum(r => r.Count),
            Totals(rollups, r => r.Channel),
            Totals(rollups, r => r.Category),
            Totals(rollups, r => r.Carrier),
            Totals(rollups.Where(r => r.Province.Length > 0), r => r.Province),
            cases.GroupBy(c => c.State).ToDictionary(g => g.Key, g => g.Count()),
            Durations.Of(cases.Where(c => c.ForwardedAt is not null).Select(c => c.ForwardedAt!.Value - c.ReceivedAt)),
            Durations.Of(cases.Where(c => c.ForwardedAt is not null && c.ActionedAt is not null).Select(c => c.ActionedAt!.Value - c.ForwardedAt!.Value))));
    }

    /// <summary>A China calendar day written yyyy-MM-dd; null when absent.</summary>
    private static DateOnly? Day(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, "must be a day written yyyy-MM-dd");
        return null;
    }

    private static Dictionary<string, long> Totals(IEnumerable<Data.Stats.DailyRollup> rollups, Func<Data.Stats.DailyRollup, string> key) =>
        rollups.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
}
