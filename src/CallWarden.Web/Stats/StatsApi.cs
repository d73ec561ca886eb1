using CallWarden.Core.Calendar;
using CallWarden.Data;
using CallWarden.Data.Stats;
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
        var first = Day(from, "from", errors) ?? (last.DayNumber - CalendarDay.First.DayNumber >= 29 ? last.AddDays(-29) : CalendarDay.First);
        if (!errors.Any && (first > last || last.DayNumber - first.DayNumber >= MaxDays))
        {
            errors.Add("from", $"must be on or before 'to' and at most {MaxDays} days before it");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var counts = await PeriodCounts.ReadAsync(db, first, last, http.RequestAborted);
        var (start, end) = (ChinaTime.StartOf(first), ChinaTime.StartOf(last.AddDays(1)));
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end && c.ForwardedAt != null)
            .Select(c => new { c.ReceivedAt, c.ForwardedAt, c.ActionedAt })
            .ToListAsync(http.RequestAborted);
        var complaints = await db.MarketingComplaints.AsNoTracking().Where(c => c.At >= start && c.At < end)
            .GroupBy(c => c.BusinessId).Select(g => new { Business = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Business.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count, http.RequestAborted);
        return TypedResults.Ok(new StatsSummary(
            first,
            last,
            counts.Reports,
            counts.ByChannel,
            counts.ByCategory,
            counts.ByCarrier,
            counts.ByProvince,
            counts.CasesByState,
            Durations.Of(cases.Select(c => c.ForwardedAt!.Value - c.ReceivedAt)),
            Durations.Of(cases.Where(c => c.ActionedAt is not null).Select(c => c.ActionedAt!.Value - c.ForwardedAt!.Value)),
            complaints.Values.Sum(),
            complaints));
    }

    /// <summary>A China calendar day written yyyy-MM-dd; null when absent.</summary>
    private static DateOnly? Day(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (CalendarDay.TryParse(text, out var day))
        {
            return day;
        }

        errors.Add(field, $"must be a day from {CalendarDay.FirstText} to {CalendarDay.LastText} written yyyy-MM-dd");
        return null;
    }
}
