namespace CallWarden.Web.Stats;

/// <summary>Settings of the published statistics (configuration section "Statistics").</summary>
public sealed record StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>How often the host looks whether the figures are due for a rebuild (a read of the change feed's position).</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The least time between two rebuilds, however busy the change feed; also how long browsers and
    /// proxies may keep the page and the files without asking again.
    /// </summary>
    public TimeSpan RebuildAtMostEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most time between two rebuilds, even when the feed did not move: most reports and case
    /// transitions do not write to it, and deadlines pass without any write.
    /// </summary>
    public TimeSpan RebuildAtLeastEvery { get; init; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (CheckInterval < TimeSpan.FromMilliseconds(100) || CheckInterval > TimeSpan.FromMinutes(10))
        {
            problems.Add($"{Section}:{nameof(CheckInterval)} must be between 00:00:00.100 and 00:10:00");
        }

        if (RebuildAtMostEvery < TimeSpan.FromSeconds(1) || RebuildAtMostEvery > TimeSpan.FromHours(1))
        {
            problems.Add($"{Section}:{nameof(RebuildAtMostEvery)} must be between 00:00:01 and 01:00:00");
        }

        if (RebuildAtLeastEvery < RebuildAtMostEvery || RebuildAtLeastEvery > TimeSpan.FromDays(1))
        {
            problems.Add($"{Section}:{nameof(RebuildAtLeastEvery)} must be at least {Section}:{nameof(RebuildAtMostEvery)} and at most 1.00:00:00");
        }

        return problems;
    }
}
