using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Data.Intake;

namespace CallWarden.Data.Reports;

/// <summary>
/// A stored report. Trust, the new-reporter mark and the daily ordinal are kept as intake knew
/// them, so that reputation is recomputed from the same evidence on every node.
/// </summary>
public sealed class ReportRecord
{
    public long Id { get; set; }

    /// <summary>The reporter's reference, e.g. <c>R20261128-000123</c>.</summary>
    public required string Reference { get; set; }

    public IntakeChannel Channel { get; set; }

    public long ReporterId { get; set; }

    public Reporter? Reporter { get; set; }

    /// <summary>The reported number as E.164 digits.</summary>
    public long Target { get; set; }

    public NumberKind TargetKind { get; set; }

    /// <summary>The number exactly as the reporter wrote it: evidence.</summary>
    public required string TargetText { get; set; }

    /// <summary>When the caller withheld their number (<see cref="Target"/> 0, anonymous): the line that was called, as E.164 digits.</summary>
    public long? CalledNumber { get; set; }

    public EvidenceKind Kind { get; set; }

    public required string CategoryCode { get; set; }

    public DateTimeOffset? OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string? Reason { get; set; }

    public string? Content { get; set; }

    public required string RawPayload { get; set; }

    /// <summary>The key as its caller sent it; it names one report only together with <see cref="IdempotencyScope"/>.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>
    /// Whose key it is: the channel and the caller (<c>api:key:12</c>, <c>email:ann@example.cn</c>,
    /// <c>sms:+8613912345678</c>), so that two callers' keys never meet (issue #9). Empty for reports
    /// stored before keys were scoped.
    /// </summary>
    public string IdempotencyScope { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the normalised submission (<see cref="PayloadDigest"/>): the same key with another payload is a conflict, not a replay.</summary>
    public string? PayloadHash { get; set; }

    /// <summary>The SHA-256 of the follow-up token handed once to a reporter without a phone; the token itself is never stored.</summary>
    public string? FollowTokenHash { get; set; }

    public bool ProofOfCall { get; set; }

    /// <summary>The case the report joined or opened.</summary>
    public long CaseId { get; set; }

    public double ReporterTrust { get; set; }

    public bool NewReporter { get; set; }

    /// <summary>The how-many-th report of this reporter that China day; beyond the cap it does not count.</summary>
    public int DailyOrdinal { get; set; }

    /// <summary>The version of the privacy notice the reporter agreed to (<c>privacy-2026-12</c>), when the channel showed one.</summary>
    public string? ConsentNotice { get; set; }
}
