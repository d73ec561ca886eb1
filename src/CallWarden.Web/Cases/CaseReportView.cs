namespace CallWarden.Web.Cases;

/// <summary>One report of a case; <see cref="Reporter"/> is masked (<c>139****5678</c>) unless an analyst unmasked it.</summary>
internal sealed record CaseReportView(string Reference, string Category, string Channel, DateTimeOffset ReceivedAt, DateTimeOffset? OccurredAt, string? Reason, string Reporter);
