using CallWarden.Core.Cases;

namespace CallWarden.Web.Stats;

/// <summary>
/// Reports counted by channel, category, carrier and province over China days
/// <see cref="From"/>..<see cref="To"/>; cases opened in those days by state; how long forwarding
/// and the carriers' action took (hours, nearest-rank percentiles); the automatic complaints against
/// registered marketing lines in those days, by business id (issue #10 part 6).
/// </summary>
internal sealed record StatsSummary(
    DateOnly From,
    DateOnly To,
    long Reports,
    IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByCategory,
    IReadOnlyDictionary<string, long> ByCarrier,
    IReadOnlyDictionary<string, long> ByProvince,
    IReadOnlyDictionary<CaseState, int> CasesByState,
    Durations HoursToForward,
    Durations HoursToAct,
    long MarketingComplaints,
    IReadOnlyDictionary<string, long> MarketingComplaintsByBusiness);
