namespace CallWarden.Web.Pages.Statistics;

/// <summary>
/// The texts of the statistics page, and the names of channels and case states its open data
/// carries in all three languages (<see cref="Stats.StatisticsNames"/> reads them).
/// </summary>
internal sealed class StatisticsText;
