using CallWarden.Core.Cases;

namespace CallWarden.Data.Intake;

/// <summary>
/// An acknowledged report: it is committed, so it survives a crash of the process.
/// <see cref="Duplicate"/> is true when the idempotency key had already been submitted.
/// </summary>
public sealed record ReportReceipt(string Reference, long CaseId, CaseState CaseState, bool Duplicate);
