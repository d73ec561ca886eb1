using CallWarden.Core.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace CallWarden.Web.Site;

/// <summary>
/// The language a request is answered in: the reader's own choice (the <see cref="Cookie"/> the
/// language switch sets), else the most preferred Chinese or English of <c>Accept-Language</c>,
/// else simplified Chinese. The pages and the API's localised fields read it the same way.
/// </summary>
internal sealed class RequestLanguage : RequestCultureProvider
{
    public const string Cookie = "cw-lang";

    public static DisplayLanguage Of(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(Cookie, out var chosen) && Chosen(chosen) is { } language)
        {
            return language;
        }

        return FromAcceptLanguage(request);
    }

    /// <summary>A language tag the switch offers (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>); null for anything else.</summary>
    public static DisplayLanguage? Chosen(string? tag) => tag switch
    {
        "zh-Hans" => DisplayLanguage.ZhHans,
        "zh-Hant" => DisplayLanguage.ZhHant,
        "en" => DisplayLanguage.En,
        _ => null,
    };

    /// <summary>The caller's most preferred language that we write (Chinese or English), else simplified Chinese.</summary>
    public static DisplayLanguage FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var tags))
        {
            return DisplayLanguage.ZhHans;
        }

        var written = tags.OrderByDescending(t => t.Quality ?? 1).Select(t => t.Value.Value ?? string.Empty)
            .FirstOrDefault(t => t.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || t.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return DisplayLanguages.FromCultureName(written);
    }

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var tag = Of(httpContext.Request).Tag();
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(tag, tag));
    }
}
