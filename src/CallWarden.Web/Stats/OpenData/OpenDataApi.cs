using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Stats.OpenData;

/// <summary>
/// <c>GET /statistics.json</c> and <c>GET /statistics.csv</c>: the statistics page's figures as open
/// data, for anyone. Served from the published files with an entity tag and a max-age, so that
/// browsers and proxies keep them until the figures can have changed.
/// </summary>
internal static class OpenDataApi
{
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet(OpenDataDocument.JsonPath, JsonAsync).WithName("StatisticsJson").ExcludeFromDescription().AllowAnonymous();
        app.MapGet(OpenDataDocument.CsvPath, CsvAsync).WithName("StatisticsCsv").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    /// <summary>How long a cache may keep the page or a file without asking: no sooner can the figures be rebuilt.</summary>
    public static string CacheControl(StatisticsOptions options) =>
        $"public, max-age={(int)options.RebuildAtMostEvery.TotalSeconds}";

    private static async Task<IResult> JsonAsync(HttpContext http, PublishedStatistics published, IOptions<StatisticsOptions> options)
    {
        var files = await published.CurrentAsync();
        return Serve(http, files, files.JsonBytes, "application/json; charset=utf-8", "json", options.Value);
    }

    private static async Task<IResult> CsvAsync(HttpContext http, PublishedStatistics published, IOptions<StatisticsOptions> options)
    {
        var files = await published.CurrentAsync();
        return Serve(http, files, files.CsvBytes, "text/csv; charset=utf-8", "csv", options.Value);
    }

    /// <summary>The file named by the day its figures were read; 304 when the caller holds this version (the file result checks If-None-Match).</summary>
    private static IResult Serve(HttpContext http, OpenDataFiles files, byte[] bytes, string contentType, string extension, StatisticsOptions options)
    {
        http.Response.Headers.CacheControl = CacheControl(options);
        var name = $"callwarden-statistics-{files.Statistics.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
        return TypedResults.File(bytes, contentType, name, lastModified: files.Statistics.BuiltAt, entityTag: files.ETag);
    }
}
