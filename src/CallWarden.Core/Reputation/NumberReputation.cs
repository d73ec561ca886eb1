using CallWarden.Core.Reports;

namespace CallWarden.Core.Reputation;

/// <summary>The community's verdict on one number.</summary>
/// <param name="Score">0–100, a confidence lower bound on "this number is a nuisance", never a raw count.</param>
/// <param name="TopCategory">The category code with the most weighted evidence, null without reports.</param>
/// <param name="DistinctReporters">Reporters whose reports count now (held and capped ones excluded).</param>
/// <param name="LastReportAt">The latest report in the window, held ones included.</param>
/// <param name="State">What screening may do.</param>
/// <param name="SuggestsBlock">Labelled and at or above the block threshold; never for a disputed, reviewed or business number.</param>
/// <param name="Heat">Weighted recent reports with a short half-life: how active the number is now, for queues and trends.</param>
/// <param name="HeldForReview">Reports of a detected burst, held out of the score until an analyst reviews them.</param>
public sealed record NumberReputation(
    int Score,
    ReportCategory? TopCategory,
    int DistinctReporters,
    DateTimeOffset? LastReportAt,
    ReputationState State,
    bool SuggestsBlock,
    double Heat,
    int HeldForReview);
