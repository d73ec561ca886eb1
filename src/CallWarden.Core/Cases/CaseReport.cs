namespace CallWarden.Core.Cases;

/// <summary>A report as a case sees it: its reference for the reporter, its category code, when it came in.</summary>
public sealed record CaseReport(string Reference, string Category, DateTimeOffset ReceivedAt);
