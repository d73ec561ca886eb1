namespace CallWarden.Core.Screening;

/// <summary>Why a written pattern is refused.</summary>
public enum RulePatternProblem
{
    Empty,
    TooLong,
    Letters,
    InvalidCharacter,
    MixedScripts,
    MisplacedPlus,
    OnlyWildcards,
    LeadingWildcard,
    TooManyDigits,
    NoCountryCode,
    NotANumber,
}
