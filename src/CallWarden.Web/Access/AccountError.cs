namespace CallWarden.Web.Access;

/// <summary>One problem with one field of a new login or key: <see cref="Field"/> as the API names it (<c>login</c>, <c>carrier</c>).</summary>
public sealed record AccountError(string Field, AccountProblem Problem, string? Value = null);
