namespace CallWarden.Web.Access;

/// <summary>An API key to create; <see cref="Carrier"/> binds a carrier operator's key to its carrier.</summary>
internal sealed record NewKeyRequest(string? Name, string? Role, string[]? Scopes, string? Carrier);

/// <summary>The created key: <see cref="Key"/> is shown this once and never again.</summary>
internal sealed record NewKey(long Id, string Name, string Key);
