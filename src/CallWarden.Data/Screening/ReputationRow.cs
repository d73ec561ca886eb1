using CallWarden.Core.Reputation;

namespace CallWarden.Data.Screening;

/// <summary>The columns of a stored reputation that screening reads.</summary>
internal readonly record struct ReputationRow(int Score, string? TopCategory, int DistinctReporters, ReputationState State);
