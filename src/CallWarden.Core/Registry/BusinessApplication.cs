using CallWarden.Core.Numbers;

namespace CallWarden.Core.Registry;

/// <summary>
/// A business's application to register its numbers, as typed on the form or sent to the API
/// (issue #10 part 6). <see cref="Check"/> reads it into a <see cref="CheckedApplication"/> or lists
/// every problem at once, so the form can show them all.
/// </summary>
public sealed record BusinessApplication(
    string? Name,
    string? NameTraditional,
    string? NameEnglish,
    string? Licence,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    IReadOnlyList<DeclaredLine>? Lines)
{
    public const int MaxNameLength = 100;
    public const int MaxContactLength = 100;
    public const int MaxLines = 200;

    public CheckedApplication? Check(out IReadOnlyList<ApplicationProblem> problems)
    {
        List<ApplicationProblem> found = [];
        var name = Required(Name, ApplicationField.Name, MaxNameLength);
        var traditional = Optional(NameTraditional, ApplicationField.NameTraditional, MaxNameLength);
        var english = Optional(NameEnglish, ApplicationField.NameEnglish, MaxNameLength);
        var licence = UnifiedSocialCreditCode.Fold(Licence);
        if (licence.Length == 0)
        {
            found.Add(new(ApplicationField.Licence, ApplicationProblemKind.Missing));
        }
        else if (UnifiedSocialCreditCode.Check(licence) is { } problem)
        {
            found.Add(new(ApplicationField.Licence, problem switch
            {
                LicenceProblem.WrongLength => ApplicationProblemKind.LicenceWrongLength,
                LicenceProblem.BadCharacter => ApplicationProblemKind.LicenceBadCharacter,
                _ => ApplicationProblemKind.LicenceWrongCheckCharacter,
            }));
        }

        var contact = Required(ContactName, ApplicationField.ContactName, MaxContactLength);
        var phone = PhoneNumber.Invalid;
        if (string.IsNullOrWhiteSpace(ContactPhone))
        {
            found.Add(new(ApplicationField.ContactPhone, ApplicationProblemKind.Missing));
        }
        else if ((phone = Normalize(ContactPhone)) is not { IsValid: true })
        {
            found.Add(new(ApplicationField.ContactPhone, ApplicationProblemKind.NotAPhoneNumber));
        }

        var email = Optional(ContactEmail, ApplicationField.ContactEmail, MaxContactLength);
        if (email is not null && !LooksLikeEmail(email))
        {
            found.Add(new(ApplicationField.ContactEmail, ApplicationProblemKind.NotAnEmailAddress));
        }

        List<RegisteredLine> lines = [];
        var declared = Lines?.Where(l => !string.IsNullOrWhiteSpace(l.Number) || l.Kind != BusinessLineKind.None).ToList() ?? [];
        if (declared.Count == 0)
        {
            found.Add(new(ApplicationField.Lines, ApplicationProblemKind.NoLines));
        }
        else if (declared.Count > MaxLines)
        {
            found.Add(new(ApplicationField.Lines, ApplicationProblemKind.TooManyLines));
        }
        else
        {
            HashSet<long> seen = [];
            for (var i = 0; i < declared.Count; i++)
            {
                var line = declared[i];
                var number = string.IsNullOrWhiteSpace(line.Number) ? PhoneNumber.Invalid : Normalize(line.Number);
                if (string.IsNullOrWhiteSpace(line.Number))
                {
                    found.Add(new(ApplicationField.LineNumber, ApplicationProblemKind.Missing, i));
                }
                else if (!number.IsValid)
                {
                    found.Add(new(ApplicationField.LineNumber, ApplicationProblemKind.NotAPhoneNumber, i));
                }
                else if (!seen.Add(number.E164))
                {
                    found.Add(new(ApplicationField.LineNumber, ApplicationProblemKind.DuplicateNumber, i));
                }

                if (line.Kind is not (BusinessLineKind.CustomerService or BusinessLineKind.Marketing))
                {
                    found.Add(new(ApplicationField.LineKind, ApplicationProblemKind.NoKind, i));
                }

                // A marketing line that names no category markets "other"; customer service markets nothing.
                var categories = line.Kind == BusinessLineKind.Marketing
                    ? (line.Categories & MarketingCategories.All) is var c and not MarketingCategories.None ? c : MarketingCategories.Other
                    : MarketingCategories.None;
                lines.Add(new RegisteredLine(number.E164, 0, line.Kind, categories));
            }
        }

        problems = found;
        return found.Count > 0
            ? null
            : new CheckedApplication(new BusinessName(name!, traditional, english), licence, contact!, phone.E164, email, lines);

        string? Required(string? text, ApplicationField field, int max)
        {
            var value = Optional(text, field, max);
            if (value is null && string.IsNullOrWhiteSpace(text))
            {
                found.Add(new(field, ApplicationProblemKind.Missing));
            }

            return value;
        }

        string? Optional(string? text, ApplicationField field, int max)
        {
            var value = text?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            if (value.Length > max)
            {
                found.Add(new(field, ApplicationProblemKind.TooLong));
                return null;
            }

            return value;
        }
    }

    private static PhoneNumber Normalize(string text) =>
        text.Length <= PhoneNumberNormalizer.MaxInputLength ? PhoneNumberNormalizer.Default.Normalize(text) : PhoneNumber.Invalid;

    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }
}
