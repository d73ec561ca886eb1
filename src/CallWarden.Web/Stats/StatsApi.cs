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
        HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, DateOnly? from = null, DateOnly? to = null)
    {
        var last = to ?? ChinaTime.DateOf(time.GetUtcNow());
        var first = from ?? last.AddDays(-29);
        if (first > last || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return new FieldErrors().Add("from", $"must be on or before 'to' and at most {MaxDays} days before it").ToProblem();
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

    private static Dictionary<string, long> Totals(IEnumerable<Data.Stats.DailyRollup> rollups, Func<Data.Stats.DailyRollup, string> key) =>
        rollups.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
}
