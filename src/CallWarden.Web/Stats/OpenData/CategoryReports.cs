namespace CallWarden.Web.Stats.OpenData;

/// <summary>Reports of one category over the period and per month.</summary>
internal sealed record CategoryReports(string Category, IReadOnlyDictionary<string, string> Names, long Reports, IReadOnlyList<MonthReports> Months);
