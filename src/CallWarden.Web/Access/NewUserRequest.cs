namespace CallWarden.Web.Access;

internal sealed record NewUserRequest(string? Login, string? Password, string? Role, string? Carrier, string? Phone);
