using CallWarden.Core.Reports;

namespace CallWarden.Core.Cases;

/// <summary>A report as a case sees it: its reference for the reporter, its category code, when it came in.</summary>
public sealed record CaseReport(string Reference, ReportCategory Category, DateTimeOffset ReceivedAt);
