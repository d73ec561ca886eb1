namespace CallWarden.Data.Intake;

/// <summary>Settings of the per-reporter limit (configuration section "ReporterLimits"), the same on every channel.</summary>
public sealed record ReporterLimitsOptions
{
    public const string Section = "ReporterLimits";

    /// <summary>Reports one reporter may submit per hour, whichever channel or client carries them.</summary>
    public int ReportsPerHour { get; init; } = 20;

    /// <summary>Problems with the settings, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate() =>
        ReportsPerHour is < 1 or > 1_000_000 ? [$"{Section}:{nameof(ReportsPerHour)} must be between 1 and 1000000"] : [];
}
