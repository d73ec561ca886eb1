namespace CallWarden.Web.Access;

/// <summary>The body of <c>POST /api/v1/access/users/{login}/role</c>: the login's new role and, for a carrier operator, its carrier.</summary>
internal sealed record UserRoleRequest(string? Role, string? Carrier);
