namespace CallWarden.Web.Stats.OpenData;

/// <summary>Reports that came in on one channel, per month.</summary>
internal sealed record ChannelReports(string Channel, IReadOnlyDictionary<string, string> Names, IReadOnlyList<MonthReports> Months);
