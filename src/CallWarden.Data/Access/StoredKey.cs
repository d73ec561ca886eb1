namespace CallWarden.Data.Access;

/// <summary>
/// One key of the deployment's Data Protection key ring (cookie and antiforgery encryption), as the
/// key manager writes it. Kept in the store so that every node of a deployment shares the ring and
/// no other deployment on the same machine can read its cookies.
/// </summary>
public sealed class StoredKey
{
    public long Id { get; set; }

    /// <summary>The key manager's name for the element (<c>key-…</c>).</summary>
    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
