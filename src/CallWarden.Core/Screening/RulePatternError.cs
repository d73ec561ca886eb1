namespace CallWarden.Core.Screening;

/// <summary>A refused pattern: the problem as a code and a message that quotes the pattern.</summary>
public sealed record RulePatternError(RulePatternProblem Problem, string Message);
