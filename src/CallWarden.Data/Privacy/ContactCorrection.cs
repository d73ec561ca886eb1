using CallWarden.Core.Localization;

namespace CallWarden.Data.Privacy;

/// <summary>The contact details a person sets: empty name or email removes it.</summary>
public sealed record ContactCorrection(string? Name, string? Email, DisplayLanguage Language)
{
    public const int NameLength = 64;
    public const int EmailLength = 254;

    /// <summary>The fields that cannot be stored as given: <c>name</c>, <c>email</c>.</summary>
    public IReadOnlyList<string> Problems()
    {
        List<string> problems = [];
        if (Name is { } name && (name.Length > NameLength || name.Any(char.IsControl)))
        {
            problems.Add("name");
        }

        if (Email is { Length: > 0 } email && (email.Length > EmailLength || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || email.IndexOf('@', StringComparison.Ordinal) is var at && (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || !email[(at + 1)..].Contains('.', StringComparison.Ordinal))))
        {
            problems.Add("email");
        }

        return problems;
    }
}
