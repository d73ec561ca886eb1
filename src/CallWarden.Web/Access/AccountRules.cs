using CallWarden.Core.Numbers;
using CallWarden.Core.Text;
using CallWarden.Data.Access;

namespace CallWarden.Web.Access;

/// <summary>
/// The one rule set for new logins and API keys, and for a login's new role and carrier:
/// <c>POST /api/v1/access/users|keys</c>, <c>POST /api/v1/access/users/{login}/role</c> and the admin pages all check with it. Whether a login is taken is the store's to say (<see cref="AccessAccounts.TryCreateUserAsync"/>).
/// </summary>
public static class AccountRules
{
    public const int MaxLoginLength = 64;
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 256;
    public const int MaxKeyNameLength = 128;

    /// <summary>Whether the text could name an existing login (not blank, not longer than a login can be), before any lookup.</summary>
    public static bool CouldBeLogin(string? text) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= MaxLoginLength;

    /// <summary>The carriers a carrier operator may be bound to.</summary>
    public static readonly Carrier[] Carriers = [Carrier.ChinaMobile, Carrier.ChinaUnicom, Carrier.ChinaTelecom, Carrier.ChinaBroadnet];

    public static IReadOnlyList<AccountError> CheckUser(string? login, string? password, string? role, string? carrier, string? phone, out NewAccount? account)
    {
        List<AccountError> errors = [];
        var trimmed = login?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(new("login", AccountProblem.LoginMissing));
        }
        else if (trimmed.Length > MaxLoginLength)
        {
            errors.Add(new("login", AccountProblem.LoginTooLong));
        }
        else if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            errors.Add(new("login", AccountProblem.LoginCharacters));
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            errors.Add(new("password", AccountProblem.PasswordTooShort));
        }
        else if (password.Length > MaxPasswordLength)
        {
            errors.Add(new("password", AccountProblem.PasswordTooLong));
        }

        var (access, bound) = Role(role, carrier, errors);
        long? number = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var parsed = phone.Length <= 64 ? PhoneNumberNormalizer.Default.Normalize(phone) : PhoneNumber.Invalid;
            // A person's own mobile, which texts reach; not a landline or a short code.
            if (parsed.IsValid && parsed.Kind == NumberKind.Mobile)
            {
                number = parsed.E164;
            }
            else
            {
                errors.Add(new("phone", AccountProblem.PhoneInvalid));
            }
        }

        account = errors.Count == 0 ? new NewAccount(trimmed, password!, access, bound, number, []) : null;
        return errors;
    }

    public static IReadOnlyList<AccountError> CheckKey(string? name, string? role, IReadOnlyList<string>? scopes, string? carrier, out NewAccount? account)
    {
        List<AccountError> errors = [];
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(new("name", AccountProblem.NameMissing));
        }
        else if (trimmed.Length > MaxKeyNameLength)
        {
            errors.Add(new("name", AccountProblem.NameTooLong));
        }
        else if (VisibleText.Problem(trimmed, MaxKeyNameLength, multiline: false) is not null)
        {
            errors.Add(new("name", AccountProblem.NameCharacters));
        }

        scopes ??= [];
        errors.AddRange(scopes.Where(s => !Access.Scopes.All.Contains(s, StringComparer.Ordinal)).Select(s => new AccountError("scopes", AccountProblem.ScopeUnknown, s)));
        var (access, bound) = Role(role, carrier, errors);
        account = errors.Count == 0 ? new NewAccount(trimmed, string.Empty, access, bound, null, [.. scopes.Distinct(StringComparer.Ordinal)]) : null;
        return errors;
    }

    /// <summary>A login's new role and carrier binding: the same rule as at creation.</summary>
    public static IReadOnlyList<AccountError> CheckAccess(string? role, string? carrier, out (AccessRole Role, Carrier Carrier)? access)
    {
        List<AccountError> errors = [];
        var checkedAccess = Role(role, carrier, errors);
        access = errors.Count == 0 ? checkedAccess : null;
        return errors;
    }

    /// <summary>A carrier operator is bound to exactly one carrier; nobody else names one.</summary>
    private static (AccessRole Role, Carrier Carrier) Role(string? roleText, string? carrierText, List<AccountError> errors)
    {
        var known = AccessRoles.TryParse(roleText, out var role);
        if (!known)
        {
            errors.Add(new("role", AccountProblem.RoleUnknown));
        }

        var carrier = Carrier.Unknown;
        if (!string.IsNullOrEmpty(carrierText) && (!CarrierNames.TryParseCode(carrierText, out carrier) || !Carriers.Contains(carrier)))
        {
            errors.Add(new("carrier", AccountProblem.CarrierUnknown));
            return (role, Carrier.Unknown);
        }

        if (known && role == AccessRole.CarrierOperator && carrier == Carrier.Unknown)
        {
            errors.Add(new("carrier", AccountProblem.CarrierMissing));
        }
        else if (known && role != AccessRole.CarrierOperator && carrier != Carrier.Unknown)
        {
            errors.Add(new("carrier", AccountProblem.CarrierNotAllowed));
        }

        return (role, carrier);
    }

    /// <summary>The API's English wording of a problem.</summary>
    public static string English(AccountError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Problem switch
        {
            AccountProblem.LoginMissing => "is required",
            AccountProblem.LoginTooLong => $"must be at most {MaxLoginLength} characters",
            AccountProblem.LoginCharacters => "may hold only letters a-z, digits and . _ - @",
            AccountProblem.LoginTaken => "is taken (logins differing only in case are the same login)",
            AccountProblem.PasswordTooShort or AccountProblem.PasswordTooLong => $"must be {MinPasswordLength} to {MaxPasswordLength} characters",
            AccountProblem.RoleUnknown => $"must be one of {string.Join(", ", Enum.GetValues<AccessRole>().Select(r => r.ToRole()))}",
            AccountProblem.CarrierUnknown => "must be china_mobile, china_unicom, china_telecom or china_broadnet",
            AccountProblem.CarrierMissing or AccountProblem.CarrierNotAllowed => "is required for a carrier operator and allowed for nobody else",
            AccountProblem.PhoneInvalid => "is not a mobile number",
            AccountProblem.NameMissing or AccountProblem.NameTooLong => $"is required, at most {MaxKeyNameLength} characters",
            AccountProblem.NameCharacters => "holds an invisible control character (control, direction or zero-width)",
            AccountProblem.ScopeUnknown => $"'{error.Value}' is not one of {string.Join(", ", Access.Scopes.All)}",
            _ => error.Problem.ToString(),
        };
    }
}
