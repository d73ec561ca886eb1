namespace CallWarden.Data.Evidence;

/// <summary>
/// Where evidence files live (configuration section "Evidence"): one folder for every channel that takes
/// files (web form, mail) and every page that shows or bundles them (the case page, the police dossier).
/// </summary>
public sealed record EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The folder; each file is named by its SHA-256. Back it up with the database.</summary>
    public string Folder { get; init; } = "./data/evidence/";

    /// <summary>Problems with the settings, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate() =>
        string.IsNullOrWhiteSpace(Folder) ? [$"{Section}:{nameof(Folder)} must name a folder, e.g. ./data/evidence/"] : [];
}
