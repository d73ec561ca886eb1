using CallWarden.Core.Registry;
using CallWarden.Web.Problems;

namespace CallWarden.Web.Registry;

/// <summary>An application's problems as the API words them: the field as the JSON names it, and how to fix it.</summary>
internal static class ApplicationProblems
{
    public static void AddTo(FieldErrors errors, IEnumerable<ApplicationProblem> problems)
    {
        foreach (var problem in problems)
        {
            errors.Add(Field(problem), Message(problem.Kind), Code(problem.Kind));
        }
    }

    public static string Field(ApplicationProblem problem) => problem.Field switch
    {
        ApplicationField.Name => "name",
        ApplicationField.NameTraditional => "nameTraditional",
        ApplicationField.NameEnglish => "nameEnglish",
        ApplicationField.Licence => "licence",
        ApplicationField.ContactName => "contactName",
        ApplicationField.ContactPhone => "contactPhone",
        ApplicationField.ContactEmail => "contactEmail",
        ApplicationField.Lines => "lines",
        ApplicationField.LineNumber => $"lines[{problem.Line}].number",
        _ => $"lines[{problem.Line}].kind",
    };

    /// <summary>The stable code of a problem, for a client that words it itself.</summary>
    public static string Code(ApplicationProblemKind kind) => kind switch
    {
        ApplicationProblemKind.Missing => "missing",
        ApplicationProblemKind.TooLong => "too_long",
        ApplicationProblemKind.LicenceWrongLength => "licence_length",
        ApplicationProblemKind.LicenceBadCharacter => "licence_character",
        ApplicationProblemKind.LicenceWrongCheckCharacter => "licence_check",
        ApplicationProblemKind.NotAPhoneNumber => "not_a_number",
        ApplicationProblemKind.NotAnEmailAddress => "not_an_email",
        ApplicationProblemKind.NoLines => "no_lines",
        ApplicationProblemKind.TooManyLines => "too_many_lines",
        ApplicationProblemKind.DuplicateNumber => "duplicate",
        _ => "no_kind",
    };

    private static string Message(ApplicationProblemKind kind) => kind switch
    {
        ApplicationProblemKind.Missing => "is required",
        ApplicationProblemKind.TooLong => $"is longer than {BusinessApplication.MaxNameLength} characters",
        ApplicationProblemKind.LicenceWrongLength => "must be the 18 characters of the 统一社会信用代码 on the business licence",
        ApplicationProblemKind.LicenceBadCharacter => "has a character a 统一社会信用代码 never has (only 0–9 and capital letters other than I, O, Z, S, V)",
        ApplicationProblemKind.LicenceWrongCheckCharacter => "has a wrong check character: compare it with the business licence",
        ApplicationProblemKind.NotAPhoneNumber => "is not a phone number: write it as dialled in China, for example 95588 or 010-12345678",
        ApplicationProblemKind.NotAnEmailAddress => "is not an email address, for example name@example.com",
        ApplicationProblemKind.NoLines => "must name at least one number",
        ApplicationProblemKind.TooManyLines => $"may name at most {BusinessApplication.MaxLines} numbers per application",
        ApplicationProblemKind.DuplicateNumber => "is named twice",
        _ => "must be customer_service or marketing",
    };
}
