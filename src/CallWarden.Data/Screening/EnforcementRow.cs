using CallWarden.Core.Cases;

namespace CallWarden.Data.Screening;

/// <summary>The columns of a carrier action in force that screening reads.</summary>
internal readonly record struct EnforcementRow(long Number, CarrierActionKind Kind, DateTimeOffset? Until);
