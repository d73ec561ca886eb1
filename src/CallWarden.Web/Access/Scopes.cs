namespace CallWarden.Web.Access;

/// <summary>What an API key may do besides its role; a person's login needs no scopes.</summary>
public static class Scopes
{
    public const string ReportsWrite = "reports:write";
    public const string Screen = "screen";
    public const string CasesRead = "cases:read";
    public const string CasesWrite = "cases:write";
    public const string StatsRead = "stats:read";
    public const string Rules = "rules";

    /// <summary>A carrier's app registering and withdrawing its subscribers' refusals of marketing (issue #10 part 5).</summary>
    public const string RegistryRefusals = "registry:refusals";

    /// <summary>A business scrubbing its call list against the refusals; the key must be bound to the business (issue #10 part 7).</summary>
    public const string RegistryScrub = "registry:scrub";

    /// <summary>Scraping <c>/metrics</c> from an address that is not allowed by itself (issue #12 part 5).</summary>
    public const string Metrics = "metrics";

    public static readonly string[] All = [ReportsWrite, Screen, CasesRead, CasesWrite, StatsRead, Rules, Metrics, RegistryRefusals, RegistryScrub];
}
