namespace CallWarden.Data.Access;

/// <summary>A client's key. Only the SHA-256 hash of the secret is stored, so a leaked table reveals no key.</summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required byte[] SecretHash { get; set; }

    /// <summary>Space-separated scopes, e.g. <c>reports:write screen</c>.</summary>
    public required string Scopes { get; set; }

    public AccessRole Role { get; set; }

    public string? CarrierCode { get; set; }

    /// <summary>Binds a business's key (the scrub) to its business.</summary>
    public int? BusinessId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the key last authenticated a request, to the minute: the authentication writes it at most once a minute per key and node.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
