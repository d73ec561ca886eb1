using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;

namespace CallWarden.Data.Stats.Monthly;

/// <summary>
/// A case the monthly report names: one referred to the police, or one past a deadline. The reported
/// number is shown (it is the subject of the case); no reporter is.
/// </summary>
/// <param name="Step">For an overdue case, the step not done in time; null otherwise.</param>
/// <param name="Due">For an overdue case, when that step was due; for a police referral, null.</param>
public sealed record MonthlyCase(
    long CaseId,
    long Number,
    NumberKind Kind,
    CaseState State,
    string? Carrier,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ForwardedAt,
    DeadlineKind? Step,
    DateTimeOffset? Due);
