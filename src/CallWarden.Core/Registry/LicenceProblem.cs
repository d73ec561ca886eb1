namespace CallWarden.Core.Registry;

/// <summary>Why a licence number is no 统一社会信用代码.</summary>
public enum LicenceProblem
{
    WrongLength,
    BadCharacter,
    WrongCheckCharacter,
}
