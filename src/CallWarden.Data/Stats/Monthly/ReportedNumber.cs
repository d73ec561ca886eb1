using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;

namespace CallWarden.Data.Stats.Monthly;

/// <summary>A number the centre verified, with the reports received against it in the month.</summary>
/// <param name="Number">E.164 digits.</param>
/// <param name="Carrier">The carrier code the case is routed to or was attributed at intake; null when unknown.</param>
public sealed record ReportedNumber(long Number, NumberKind Kind, long Reports, long CaseId, CaseState State, string? Carrier);
