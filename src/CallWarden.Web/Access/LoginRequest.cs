namespace CallWarden.Web.Access;

internal sealed record LoginRequest(string? Login, string? Password);
