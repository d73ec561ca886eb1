namespace CallWarden.Web.Stats.OpenData;

/// <summary>Reports against the numbers issued in one province over the period.</summary>
internal sealed record ProvinceReports(string Province, IReadOnlyDictionary<string, string> Names, long Reports);
