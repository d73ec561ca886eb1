namespace CallWarden.Web.Registry;

/// <summary>
/// A business's application through the API; the names in traditional Chinese and English are optional,
/// and <paramref name="Language"/> (<c>zh-Hans</c> by default) is the language of the decision's SMS.
/// </summary>
internal sealed record BusinessApplicationRequest(
    string? Name,
    string? NameTraditional,
    string? NameEnglish,
    string? Licence,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    DeclaredLineRequest[]? Lines,
    string? Language = null);
