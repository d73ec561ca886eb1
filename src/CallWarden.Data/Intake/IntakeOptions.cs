namespace CallWarden.Data.Intake;

/// <summary>Settings of intake (configuration section "Intake").</summary>
public sealed record IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>
    /// The most reports committed in one transaction. 1 is a transaction per report (the
    /// benchmark's baseline); larger batches share one commit among concurrent submitters.
    /// </summary>
    public int MaxBatch { get; init; } = 1000;

    /// <summary>The trust a reporter starts with.</summary>
    public double NewReporterTrust { get; init; } = 0.5;

    /// <summary>A reporter first seen less than this long ago is new: a mark of burst campaigns (ADR-002).</summary>
    public TimeSpan NewReporterAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How far a channel's clock may run ahead of ours before its times count as the future.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Call times older than this are refused: too old to act on.</summary>
    public TimeSpan OldestOccurrence { get; init; } = TimeSpan.FromDays(365);

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (MaxBatch is < 1 or > 10_000)
        {
            problems.Add($"Intake:{nameof(MaxBatch)} must be between 1 and 10000");
        }

        if (NewReporterTrust is < 0 or > 1)
        {
            problems.Add($"Intake:{nameof(NewReporterTrust)} must be between 0 and 1");
        }

        if (NewReporterAge < TimeSpan.Zero || ClockSkew < TimeSpan.Zero || OldestOccurrence <= TimeSpan.Zero)
        {
            problems.Add($"Intake:{nameof(NewReporterAge)}, {nameof(ClockSkew)} and {nameof(OldestOccurrence)} must not be negative");
        }

        return problems;
    }
}
