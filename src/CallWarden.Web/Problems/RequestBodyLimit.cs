using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Problems;

/// <summary>
/// Refuses bodies over <see cref="WebOptions.MaxRequestBodyBytes"/> with 413: at once when the
/// declared length is too long, otherwise when reading passes the limit (Kestrel enforces it
/// itself through the feature; other servers, such as the test server, through the body stream).
/// An endpoint that takes files states its own limit as <see cref="IRequestSizeLimitMetadata"/>
/// (the report form: <see cref="Reports.ReportFormOptions.MaxRequestBodyBytes"/>); no endpoint goes unlimited.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<WebOptions> options)
{
    public Task InvokeAsync(HttpContext http)
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } own }
            ? own
            : options.Value.MaxRequestBodyBytes;
        if (!Admits(http, limit))
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(http);
    }

    /// <summary>
    /// False when the declared length passes <paramref name="limit"/>; otherwise true, with reading
    /// limited to it from here on.
    /// </summary>
    public static bool Admits(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return false;
        }

        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        else
        {
            http.Request.Body = new LimitedBody(http.Request.Body, limit);
        }

        return true;
    }
}
