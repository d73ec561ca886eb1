namespace CallWarden.Data.Access;

/// <summary>A staff login. A carrier operator also names the carrier whose cases they see.</summary>
public sealed class UserAccount
{
    public long Id { get; set; }

    public required string Login { get; set; }

    /// <summary>
    /// The login as it is looked up and kept unique: trimmed and upper-cased, so that "Ana", "ana"
    /// and " ANA " are one login (issue #9 part 5), even when two are created at once.
    /// </summary>
    public required string LoginKey { get; set; }

    public required string PasswordHash { get; set; }

    public AccessRole Role { get; set; }

    public string? CarrierCode { get; set; }

    public long? Phone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an administrator disabled the login: it can no longer sign in, and its sessions ended then.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public static string KeyOf(string login) => login.Trim().ToUpperInvariant();
}
