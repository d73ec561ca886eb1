namespace CallWarden.Core.Screening;

/// <summary>
/// The personal entry that decides for a number, and the strongest entry of the other effect that
/// it overrode (a broader block under an allow, or a broader allow under a block).
/// </summary>
public readonly record struct RuleMatch(RuleEntry? Winner, RuleEntry? Overridden);
