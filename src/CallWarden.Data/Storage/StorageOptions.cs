namespace CallWarden.Data.Storage;

/// <summary>Where the store lives (configuration section "Storage").</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>Optional for SQLite (default <c>Data Source=data/callwarden.db</c>), required for PostgreSQL.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Problems with the settings, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"{Section}:{nameof(Provider)} must be one of {string.Join(", ", Enum.GetNames<StorageProvider>())}");
        }

        if (Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add($"{Section}:{nameof(ConnectionString)} is required for PostgreSQL, e.g. Host=127.0.0.1;Port=5432;Username=callwarden;Password=…;Database=callwarden");
        }

        return problems;
    }
}
