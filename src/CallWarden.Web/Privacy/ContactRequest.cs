namespace CallWarden.Web.Privacy;

/// <summary>The body of <c>PUT /api/v1/me/contact</c>: the whole set of contact details (an empty or missing name or email removes it).</summary>
/// <param name="Language">The language of messages: <c>zh-Hans</c>, <c>zh-Hant</c> or <c>en</c>.</param>
internal sealed record ContactRequest(string? Name, string? Email, string? Language);
