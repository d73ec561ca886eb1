using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Access;

/// <summary>
/// Cross-site request forgery defence for the API beyond SameSite: a write (POST, PUT, PATCH, DELETE)
/// under <c>/api</c> that carries the session cookie must come from this site (its <c>Origin</c>, or
/// else its <c>Referer</c>, when the browser sends one, names this host) and, when it has a body, send
/// JSON — which a cross-site HTML form cannot. Keys (machines) are not affected; the pages have
/// antiforgery tokens.
/// </summary>
internal sealed class CookieWriteGuard(RequestDelegate next)
{
    public const string CookieName = "callwarden";

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || !request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || !request.Cookies.ContainsKey(CookieName))
        {
            return next(http);
        }

        var source = request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : request.Headers.Referer.ToString();
        if (source.Length > 0 && !SameSite(source, request))
        {
            return Results.Problem("A signed-in write must come from this site (its Origin or Referer names another).", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
        }

        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !request.HasJsonContentType())
        {
            return Results.Problem("Send the body as JSON with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(http);
        }

        return next(http);
    }

    private static bool SameSite(string source, HttpRequest request) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}", request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
