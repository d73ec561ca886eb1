using CallWarden.Core.Reputation;

namespace CallWarden.Data.Reputation;

/// <summary>The last computed reputation of one number (ADR-002), recomputed by intake.</summary>
public sealed class NumberReputationRecord
{
    public long Number { get; set; }

    public int Score { get; set; }

    public string? TopCategory { get; set; }

    public int DistinctReporters { get; set; }

    public DateTimeOffset? LastReportAt { get; set; }

    public ReputationState State { get; set; }

    public bool SuggestsBlock { get; set; }

    public double Heat { get; set; }

    public int HeldForReview { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
