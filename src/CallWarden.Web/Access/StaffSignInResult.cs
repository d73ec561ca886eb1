namespace CallWarden.Web.Access;

/// <summary>How a login and password attempt ended.</summary>
internal enum StaffSignInResult
{
    SignedIn,

    /// <summary>No such login, or the password is wrong (the two are never told apart).</summary>
    Unknown,

    /// <summary>The password is right but an administrator disabled the login.</summary>
    Disabled,

    /// <summary>Too many wrong passwords for the login: none is checked until the lock ends (<see cref="LoginBackoff"/>).</summary>
    Locked,
}
