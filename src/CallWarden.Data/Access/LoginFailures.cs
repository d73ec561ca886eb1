namespace CallWarden.Data.Access;

/// <summary>
/// Wrong passwords in a row for one login, from any address (issue #9 part 5). Kept for any login
/// typed, existing or not, so that the answers do not tell which logins exist.
/// </summary>
public sealed class LoginFailures
{
    /// <summary><see cref="UserAccount.KeyOf"/> of the login typed.</summary>
    public required string LoginKey { get; set; }

    public int Count { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    /// <summary>Until when no password is checked for the login; null before the back-off begins.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}
