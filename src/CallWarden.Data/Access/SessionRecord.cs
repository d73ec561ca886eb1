namespace CallWarden.Data.Access;

/// <summary>
/// One signed-in session of a person (a staff login or a proven phone). The cookie carries the
/// session's token; the store keeps only its SHA-256, and every request checks that the session is
/// still open, so that logging out or disabling a user ends it at once, on every node.
/// </summary>
public sealed class SessionRecord
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the token the cookie carries (32 bytes).</summary>
    public required byte[] TokenHash { get; set; }

    /// <summary>Whose session: <c>user:analyst</c>, <c>phone:+8613912345678</c>.</summary>
    public required string Subject { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The session ends by itself at this time unless used again (sliding).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended: <c>logout</c>, <c>disabled</c>.</summary>
    public string? EndReason { get; set; }
}
