namespace CallWarden.Web.Reports;

/// <summary>Settings of the public report form (configuration section "Web:ReportForm").</summary>
public sealed record ReportFormOptions
{
    public const string Section = "Web:ReportForm";

    /// <summary>
    /// The largest body the form's route accepts, instead of <see cref="WebOptions.MaxRequestBodyBytes"/>:
    /// the form carries a recording or a screenshot (10 MiB, as the mail channel takes).
    /// </summary>
    public long MaxRequestBodyBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The largest evidence file; below the body limit so that a too-large file gets a message beside the field, not a bare 413.</summary>
    public long MaxEvidenceBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Problems with the settings, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (MaxRequestBodyBytes is < 64 * 1024 or > 100 * 1024 * 1024)
        {
            problems.Add($"{Section}:{nameof(MaxRequestBodyBytes)} must be between 65536 and 104857600");
        }

        if (MaxEvidenceBytes < 1024 || MaxEvidenceBytes > MaxRequestBodyBytes - 64 * 1024)
        {
            problems.Add($"{Section}:{nameof(MaxEvidenceBytes)} must be at least 1024 and at least 65536 below {nameof(MaxRequestBodyBytes)}, which also carries the form's text");
        }

        return problems;
    }
}
