namespace CallWarden.Data.Access;

/// <summary>
/// One change an administrator made to a login (issue #8 item 5): who, when, which login, and for a
/// change of access the role and carrier before and after (<c>carrier_operator:china_unicom</c>).
/// </summary>
public sealed class AccountAuditRecord
{
    public long Id { get; set; }

    /// <summary>The login as its account spells it.</summary>
    public required string Login { get; set; }

    /// <summary>The login's key (<see cref="UserAccount.KeyOf"/>), by which its history is read.</summary>
    public required string LoginKey { get; set; }

    /// <summary>Who made the change: <c>user:root</c>, or <c>key:#3</c> through the API.</summary>
    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public AccountChange Change { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }
}
