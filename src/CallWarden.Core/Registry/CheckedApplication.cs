namespace CallWarden.Core.Registry;

/// <summary>An application without problems: the licence folded, the numbers in E.164 (business id 0 until stored).</summary>
public sealed record CheckedApplication(BusinessName Name, string Licence, string ContactName, long ContactPhone, string? ContactEmail, IReadOnlyList<RegisteredLine> Lines);
