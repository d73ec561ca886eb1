namespace CallWarden.Data.Access;

/// <summary>What an administrator did to a login. Stored by name; new kinds are appended.</summary>
public enum AccountChange
{
    Disabled,
    Enabled,

    /// <summary>The role or the carrier binding changed: <see cref="AccountAuditRecord.From"/> → <see cref="AccountAuditRecord.To"/>.</summary>
    AccessChanged,
}
