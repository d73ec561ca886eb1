using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web;

/// <summary>
/// One line per request — method, the route it matched (<c>/api/v1/numbers/{number}</c>, never the
/// number), status and time — in place of ASP.NET Core's hosting log, which writes the full URL:
/// Kannel's shared secret and the sender's number in the MO query string, subscribers' numbers in
/// paths (issue #9 item 3). A request no route matched keeps its path with every run of digits
/// hidden, and no query string. Off by default (<c>serve</c> logs Microsoft.AspNetCore and this at
/// Warning); when switched on, every answer of 400 or more is written and one in
/// <see cref="WebOptions.AccessLogEvery"/> of the others, so a busy node's log does not grow by a line
/// per call (issue #12 part 6).
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger, IOptions<WebOptions> options)
{
    private readonly int _every = options.Value.AccessLogEvery;
    private long _answered;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(http);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var status = http.Response.StatusCode;
            if (status >= StatusCodes.Status400BadRequest || (Interlocked.Increment(ref _answered) - 1) % _every == 0)
            {
                Finished(logger, http.Request.Method, Route(http), status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    /// <summary>What the log may say of where a request went.</summary>
    internal static string Route(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? "/" + pattern.TrimStart('/')
            : Digits().Replace(http.Request.Path.Value ?? "/", "…");

    [GeneratedRegex(@"\+?(?:[0-9０-９][ \-]?){4,}")]
    private static partial Regex Digits();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {Milliseconds:0.0} ms")]
    private static partial void Finished(ILogger logger, string method, string route, int status, double milliseconds);
}
