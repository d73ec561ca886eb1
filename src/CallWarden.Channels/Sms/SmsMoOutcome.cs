namespace CallWarden.Channels.Sms;

/// <summary>What an MO led to, and the reply queued for its sender (null when nobody can be answered).</summary>
/// <param name="Reference">The report's reference, for a report.</param>
internal sealed record SmsMoOutcome(SmsMoKind Kind, string? Reply, string? Reference = null);
