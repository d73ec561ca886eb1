namespace CallWarden.Web.Stats.OpenData;

/// <summary>The period's cases that are in one state now.</summary>
internal sealed record StateCases(string State, IReadOnlyDictionary<string, string> Names, long Cases);
