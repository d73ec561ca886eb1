namespace CallWarden.Web.Stats.OpenData;

/// <summary>Reports of one group in one month (<c>2026-11</c>).</summary>
internal sealed record MonthReports(string Month, long Reports);
