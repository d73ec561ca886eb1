namespace CallWarden.Data.Stats;

/// <summary>
/// One carrier's line of the public scorecard, over the cases forwarded to it in the period. Times
/// are working days (nearest-rank median and 95th percentile); a time or share resting on fewer than
/// <see cref="PublicStatistics.MinimumCases"/> cases is null (withheld).
/// </summary>
/// <param name="Carrier">The carrier's code, e.g. <c>china_mobile</c>.</param>
/// <param name="Forwarded">Cases forwarded to the carrier in the period.</param>
/// <param name="Acted">Of those, the ones the carrier recorded an action on.</param>
/// <param name="ActedOnTime">Of those, the ones acted on within the deadline.</param>
/// <param name="OverdueUnanswered">Forwarded cases still without an action past the deadline: late, and counted against the share on time.</param>
/// <param name="ForwardMedian">From receipt to forwarding: the centre's part of the cases that went to this carrier.</param>
/// <param name="ActShareOnTime">Acted on time ÷ (acted + overdue unanswered), 0–1, four decimals.</param>
public sealed record CarrierStanding(
    string Carrier,
    int Forwarded,
    int Acted,
    int ActedOnTime,
    int OverdueUnanswered,
    int? ForwardMedian,
    int? ForwardP95,
    int? ActMedian,
    int? ActP95,
    double? ActShareOnTime);
