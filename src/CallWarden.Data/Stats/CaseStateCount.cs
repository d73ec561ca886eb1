using CallWarden.Core.Cases;

namespace CallWarden.Data.Stats;

/// <summary>How many of the period's cases are in <paramref name="State"/> now.</summary>
public sealed record CaseStateCount(CaseState State, long Cases);
