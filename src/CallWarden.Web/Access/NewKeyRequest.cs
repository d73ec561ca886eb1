namespace CallWarden.Web.Access;

/// <summary>An API key to create; <see cref="Carrier"/> binds a carrier operator's key to its carrier.</summary>
internal sealed record NewKeyRequest(string? Name, string? Role, string[]? Scopes, string? Carrier);
