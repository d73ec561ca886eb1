namespace CallWarden.Core.Registry;

/// <summary>What is wrong with a field of a business's application; each has a message saying how to fix it.</summary>
public enum ApplicationProblemKind
{
    Missing,
    TooLong,
    LicenceWrongLength,
    LicenceBadCharacter,
    LicenceWrongCheckCharacter,
    NotAPhoneNumber,
    NotAnEmailAddress,
    NoLines,
    TooManyLines,
    DuplicateNumber,
    NoKind,
}
