namespace CallWarden.Data.Stats;

/// <summary>Reports of one group (a carrier or province code) over the whole period.</summary>
public sealed record GroupCount(string Code, long Reports);
