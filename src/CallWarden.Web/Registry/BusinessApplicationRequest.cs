namespace CallWarden.Web.Registry;

/// <summary>A business's application through the API; the names in traditional Chinese and English are optional.</summary>
internal sealed record BusinessApplicationRequest(
    string? Name,
    string? NameTraditional,
    string? NameEnglish,
    string? Licence,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    DeclaredLineRequest[]? Lines);
