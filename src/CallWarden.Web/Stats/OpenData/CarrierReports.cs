namespace CallWarden.Web.Stats.OpenData;

/// <summary>Reports against the numbers of one carrier over the period.</summary>
internal sealed record CarrierReports(string Carrier, IReadOnlyDictionary<string, string> Names, long Reports);
