namespace CallWarden.Web.Access;

/// <summary>What is wrong with a login or key an administrator asked for; the API words it in English, the admin page in the reader's language.</summary>
public enum AccountProblem
{
    LoginMissing,
    LoginTooLong,
    LoginCharacters,
    LoginTaken,
    PasswordTooShort,
    PasswordTooLong,
    RoleUnknown,
    CarrierUnknown,
    CarrierMissing,
    CarrierNotAllowed,
    PhoneInvalid,
    NameMissing,
    NameTooLong,
    NameCharacters,
    ScopeUnknown,
}
