namespace CallWarden.Web.Stats.OpenData;

/// <summary>One carrier's line of the scorecard; null where fewer than the minimum of cases would be measured.</summary>
internal sealed record ScorecardLine(
    string Carrier,
    IReadOnlyDictionary<string, string> Names,
    int CasesForwarded,
    int CasesActed,
    int CasesActedOnTime,
    int CasesOverdueUnanswered,
    int? ForwardWorkingDaysMedian,
    int? ForwardWorkingDaysP95,
    int? ActWorkingDaysMedian,
    int? ActWorkingDaysP95,
    double? ActOnTimeShare);
