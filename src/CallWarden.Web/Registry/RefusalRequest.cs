namespace CallWarden.Web.Registry;

/// <summary>
/// Categories to refuse or withdraw (<c>loans</c>, <c>insurance</c>, <c>real_estate</c>, <c>education</c>,
/// <c>finance</c>, <c>other</c>, <c>all</c>; none given means all), and the language of the
/// confirmation (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>; simplified Chinese when none).
/// </summary>
internal sealed record RefusalRequest(string[]? Categories, string? Language);
