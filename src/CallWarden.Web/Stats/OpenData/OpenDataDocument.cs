using System.Globalization;
using CallWarden.Data.Stats;

namespace CallWarden.Web.Stats.OpenData;

/// <summary>
/// The published statistics as open data: codes with their names in every language, and the same
/// figures as the page. Serialised as <c>/statistics.json</c>; <see cref="OpenDataCsv"/> writes its
/// figures one per row as <c>/statistics.csv</c>.
/// </summary>
internal sealed record OpenDataDocument(
    OpenDataMeta Meta,
    IReadOnlyList<ChannelReports> ReportsByChannel,
    IReadOnlyList<CategoryReports> ReportsByCategory,
    IReadOnlyList<CarrierReports> ReportsByCarrier,
    IReadOnlyList<ProvinceReports> ReportsByProvince,
    IReadOnlyList<ScorecardLine> CarrierScorecard,
    IReadOnlyList<StateCases> CasesByState)
{
    public const string JsonPath = "/statistics.json";
    public const string CsvPath = "/statistics.csv";

    public static OpenDataDocument Of(PublicStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        string[] months = [.. s.Months.Select(Month)];
        return new OpenDataDocument(
            new OpenDataMeta(
                StatisticsNames.InEachLanguage(l => StatisticsNames.Text("Heading", l)!),
                s.BuiltAt.AddTicks(-(s.BuiltAt.Ticks % TimeSpan.TicksPerSecond)),
                Day(s.From),
                Day(s.To),
                months,
                "UTC+08:00 (China Standard Time): days and months are China calendar days",
                new OpenDataDeadlines(s.Deadlines.ForwardWithin, s.Deadlines.ActWithin, s.Deadlines.TellWithin),
                "working days, nearest rank: a number of days that occurred",
                "a fraction from 0 to 1, rounded to four decimals",
                PublicStatistics.MinimumCases,
                StatisticsNames.InEachLanguage(l => StatisticsNames.Text("Disclosure", l)!),
                "/statistics",
                CsvPath),
            [.. s.ReportsByChannel.Select(c => new ChannelReports(c.Code, StatisticsNames.InEachLanguage(l => StatisticsNames.Channel(c.Code, l)), PerMonth(c)))],
            [.. s.ReportsByCategory.Select(c => new CategoryReports(c.Code, StatisticsNames.InEachLanguage(l => StatisticsNames.Category(c.Code, l)), c.Total, PerMonth(c)))],
            [.. s.ReportsByCarrier.Select(c => new CarrierReports(c.Code, StatisticsNames.InEachLanguage(l => StatisticsNames.Carrier(c.Code, l)), c.Reports))],
            [.. s.ReportsByProvince.Select(p => new ProvinceReports(p.Code, StatisticsNames.InEachLanguage(l => StatisticsNames.Province(p.Code, l)), p.Reports))],
            [.. s.Scorecard.Select(c => new ScorecardLine(
                c.Carrier, StatisticsNames.InEachLanguage(l => StatisticsNames.Carrier(c.Carrier, l)), c.Forwarded, c.Acted, c.ActedOnTime, c.OverdueUnanswered,
                c.ForwardMedian, c.ForwardP95, c.ActMedian, c.ActP95, c.ActShareOnTime))],
            [.. s.CasesByState.Select(c => new StateCases(StatisticsNames.Code(c.State), StatisticsNames.InEachLanguage(l => StatisticsNames.State(c.State, l)), c.Cases))]);

        IReadOnlyList<MonthReports> PerMonth(MonthlyCounts counts) => [.. counts.Months.Select((n, i) => new MonthReports(months[i], n))];
    }

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
