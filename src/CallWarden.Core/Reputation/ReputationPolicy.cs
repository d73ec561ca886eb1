namespace CallWarden.Core.Reputation;

/// <summary>The knobs of the reputation formula (configuration section "Reputation"); see ADR-002.</summary>
public sealed record ReputationPolicy
{
    /// <summary>Evidence older than this stops counting.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Half-life of evidence in the score and the top category.</summary>
    public TimeSpan ClassificationHalfLife { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Half-life of evidence in the heat.</summary>
    public TimeSpan HeatHalfLife { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Weight of evidence without a matching call record, relative to one with it.</summary>
    public double UnprovenWeight { get; init; } = 0.4;

    /// <summary>The z of the Wilson lower bound (1.96: 95% two-sided).</summary>
    public double Confidence { get; init; } = 1.96;

    /// <summary>Reports a reporter may make in a day (China time) across all numbers before they stop counting.</summary>
    public int ReporterDailyCap { get; init; } = 20;

    public int LabelThreshold { get; init; } = 60;

    public int BlockThreshold { get; init; } = 80;

    /// <summary>A burst is this many new, low-trust reporters against one number within <see cref="BurstWindow"/>.</summary>
    public int BurstMinReporters { get; init; } = 20;

    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Reporters below this trust are low-trust.</summary>
    public double LowTrustBelow { get; init; } = 0.3;

    /// <summary>
    /// The highest score one reporter can give a number on their own: they count once with a weight
    /// of at most 1, and the Wilson bound of one success is 1 / (1 + z²).
    /// </summary>
    public int SingleReporterCeiling => (int)Math.Floor(100 * WilsonBound.Lower(1, 1, Confidence));

    /// <summary>Problems with the settings, each naming its key; empty when the policy is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        Require(Window > TimeSpan.Zero, nameof(Window), "must be positive");
        Require(ClassificationHalfLife > TimeSpan.Zero, nameof(ClassificationHalfLife), "must be positive");
        Require(HeatHalfLife > TimeSpan.Zero, nameof(HeatHalfLife), "must be positive");
        Require(UnprovenWeight is > 0 and <= 1, nameof(UnprovenWeight), "must be above 0 and at most 1");
        Require(Confidence is >= 0.5 and <= 5, nameof(Confidence), "must be between 0.5 and 5");
        Require(ReporterDailyCap >= 1, nameof(ReporterDailyCap), "must be at least 1");
        Require(BlockThreshold is >= 1 and <= 100 && BlockThreshold >= LabelThreshold, nameof(BlockThreshold), $"must be between {nameof(LabelThreshold)} and 100");
        Require(BurstMinReporters >= 2, nameof(BurstMinReporters), "must be at least 2");
        Require(BurstWindow > TimeSpan.Zero, nameof(BurstWindow), "must be positive");
        Require(LowTrustBelow is >= 0 and <= 1, nameof(LowTrustBelow), "must be between 0 and 1");
        if (Confidence is >= 0.5 and <= 5)
        {
            // Keeps the promise that no single reporter can label a number.
            Require(LabelThreshold > SingleReporterCeiling && LabelThreshold <= 100, nameof(LabelThreshold), $"must be above {SingleReporterCeiling}, the most one reporter can give with Confidence {Confidence}, and at most 100");
        }

        return problems;

        void Require(bool ok, string key, string message)
        {
            if (!ok)
            {
                problems.Add($"Reputation:{key} {message}");
            }
        }
    }
}
