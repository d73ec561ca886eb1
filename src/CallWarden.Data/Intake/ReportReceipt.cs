using CallWarden.Core.Cases;

namespace CallWarden.Data.Intake;

/// <summary>
/// An acknowledged report: it is committed, so it survives a crash of the process.
/// <see cref="Duplicate"/> is true when the idempotency key had already been submitted.
/// </summary>
/// <param name="FollowToken">
/// For a report without a reporter phone, on its first filing only: the token that proves the reporter when
/// following it (<see cref="Intake.FollowToken"/>); it is not stored and cannot be shown again.
/// </param>
public sealed record ReportReceipt(string Reference, long CaseId, CaseState CaseState, bool Duplicate, string? FollowToken = null);
