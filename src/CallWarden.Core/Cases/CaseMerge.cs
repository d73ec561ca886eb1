namespace CallWarden.Core.Cases;

/// <summary>Both sides of a merge: the source, now merged, and the target holding everything of both.</summary>
public sealed record CaseMerge(Case Source, Case Target);
