using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Data.Stats;
using CallWarden.Web.Site;
using CallWarden.Web.Stats;
using CallWarden.Web.Stats.OpenData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CallWarden.Web.Pages.Statistics;

/// <summary>
/// The published statistics: reports by month, channel, category, carrier and province, the carrier
/// scorecard, and what the figures mean. Read from the figures kept in memory, never from the store;
/// a browser or proxy holding this version of the page in this language gets 304.
/// </summary>
internal sealed class StatisticsModel(PublishedStatistics published, IOptions<StatisticsOptions> options, IStringLocalizer<StatisticsText> text) : PageModel
{
    /// <summary>How many categories the trend chart follows one by one; the rest are summed.</summary>
    public const int TrendCategories = 5;

    public PublicStatistics Figures { get; private set; } = null!;

    public DisplayLanguage Language { get; private set; }

    /// <summary>The most reported categories, whose months the trend shows (the open data has every category's).</summary>
    public IReadOnlyList<MonthlyCounts> TopCategories => [.. Figures.ReportsByCategory.Take(TrendCategories)];

    public async Task<IActionResult> OnGetAsync()
    {
        var files = await published.CurrentAsync();
        Language = SiteLanguages.Current;
        var tag = new EntityTagHeaderValue($"\"{files.Tag}-{Language.Tag()}\"");
        var headers = Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.LastModified = files.Statistics.BuiltAt;
        Response.Headers.CacheControl = OpenDataApi.CacheControl(options.Value);
        // The language comes from the cookie the switch sets, else from Accept-Language.
        Response.Headers.Vary = "Accept-Language, Cookie";
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Figures = files.Statistics;
        return Page();
    }

    /// <summary>The <paramref name="index"/>-th month of the period; the current one says up to which day it is counted.</summary>
    public string MonthLabel(int index)
    {
        var month = SiteFormat.Month(Figures.Months[index], Language);
        return index < Figures.Months.Count - 1 ? month : text["MonthSoFar", month, Figures.To.Day];
    }

    public string Count(long value) => SiteFormat.Count(value, Language);

    /// <summary>A raw number for the chart script (data-value).</summary>
    public static string Value(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public string Share(double share) => share.ToString("P0", Language.Culture());

    public string Channel(string code) => StatisticsNames.Channel(code, Language);

    public string Category(string code) => StatisticsNames.Category(code, Language);

    public string Carrier(string code) => StatisticsNames.Carrier(code, Language);

    public string Province(string code) => StatisticsNames.Province(code, Language);

    public string State(Core.Cases.CaseState state) => StatisticsNames.State(state, Language);
}
