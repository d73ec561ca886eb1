using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Site;

/// <summary>
/// <c>GET /language/{tag}?back=/path</c>: remembers the reader's language for a year and returns to
/// the page they were on. A link, so that it works without JavaScript; only local paths are followed back.
/// </summary>
internal static class LanguageSwitch
{
    /// <summary>The longest way back the switch follows.</summary>
    private const int MaxBack = 2048;

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{tag}", Switch).WithName("SwitchLanguage").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    public static string Link(string tag, HttpRequest request)
    {
        // A page reached with a query longer than the switch follows back is returned to without it.
        var back = request.Path + request.QueryString;
        return $"/language/{tag}?back={Uri.EscapeDataString(back.Length <= MaxBack ? back : request.Path.ToString())}";
    }

    private static IResult Switch(string tag, string? back, HttpContext http)
    {
        if (RequestLanguage.Chosen(tag) is null)
        {
            return TypedResults.NotFound();
        }

        http.Response.Cookies.Append(RequestLanguage.Cookie, tag, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            HttpOnly = true,
            IsEssential = true,
        });
        return TypedResults.LocalRedirect(LocalPaths.IsLocal(back) ? back : "/");
    }
}
