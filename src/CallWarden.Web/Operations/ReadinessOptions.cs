namespace CallWarden.Web.Operations;

/// <summary>Bounds of <c>/readyz</c> (configuration section "Readiness", issue #12 part 5).</summary>
public sealed record ReadinessOptions
{
    public const string Section = "Readiness";

    /// <summary>How long the store may take to answer the readiness query before the node counts as not ready.</summary>
    public TimeSpan StoreTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the community snapshot may stay behind the store's change feed (see <see cref="Data.Operations.FeedLag"/>).</summary>
    public TimeSpan MaxFeedLag { get; init; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (StoreTimeout < TimeSpan.FromMilliseconds(10) || StoreTimeout > TimeSpan.FromMinutes(1))
        {
            problems.Add($"{Section}:{nameof(StoreTimeout)} must be between 00:00:00.010 and 00:01:00");
        }

        if (MaxFeedLag < TimeSpan.FromMilliseconds(100) || MaxFeedLag > TimeSpan.FromHours(1))
        {
            problems.Add($"{Section}:{nameof(MaxFeedLag)} must be between 00:00:00.100 and 01:00:00");
        }

        return problems;
    }
}
