using CallWarden.Core.Screening;

namespace CallWarden.Web.Screening;

/// <summary>Settings of the screening endpoint (configuration section "Screen").</summary>
public sealed record ScreenOptions
{
    public const string Section = "Screen";

    /// <summary>How often the community snapshot polls the change feed when the store sends no notifications (SQLite, or PostgreSQL while its listening connection is down).</summary>
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the feed is read anyway while notifications arrive (a safety net; each notification is read at once).</summary>
    public TimeSpan FeedCheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a request may wait for a subscriber's rules to load from the store. Past it the
    /// answer is 503, which the proxy treats as "no answer" and lets the call through (fail-open).
    /// </summary>
    public TimeSpan RulesLoadTimeout { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// The node's memory of each callee's recent callers, which the quiet-hours repeat pass reads
    /// ("Screen:RecentCalls:Callees", ":CallersPerCallee", ":KeptFor"); a callee's calls are
    /// remembered only by the node that screened them.
    /// </summary>
    public RecentCallLimits RecentCalls { get; init; } = new();

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [.. (RecentCalls ?? new()).Validate($"{Section}:{nameof(RecentCalls)}")];
        if (FollowInterval < TimeSpan.FromMilliseconds(10) || FollowInterval > TimeSpan.FromMinutes(10))
        {
            problems.Add($"{Section}:{nameof(FollowInterval)} must be between 00:00:00.010 and 00:10:00");
        }

        if (FeedCheckInterval < FollowInterval || FeedCheckInterval > TimeSpan.FromHours(1))
        {
            problems.Add($"{Section}:{nameof(FeedCheckInterval)} must be at least {nameof(FollowInterval)} and at most 01:00:00");
        }

        if (RulesLoadTimeout < TimeSpan.FromMilliseconds(1) || RulesLoadTimeout > TimeSpan.FromSeconds(10))
        {
            problems.Add($"{Section}:{nameof(RulesLoadTimeout)} must be between 00:00:00.001 and 00:00:10");
        }

        return problems;
    }
}
