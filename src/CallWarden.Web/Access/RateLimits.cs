using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>Fixed windows per client address; the per-reporter limit of intake is <see cref="CallWarden.Data.Intake.ReporterLimits"/>.</summary>
internal static class RateLimits
{
    public const string Lookup = "lookup";
    public const string Intake = "intake";
    public const string Login = "login";

    public static void Add(RateLimiterOptions options)
    {
        PerAddress(options, Lookup, o => o.LookupsPerMinutePerAddress);
        PerAddress(options, Intake, o => o.ReportsPerMinutePerAddress);
        PerAddress(options, Login, o => o.LoginsPerMinutePerAddress);
        options.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            await TooManyAsync(context.HttpContext, retryAfter, cancellationToken);
        };
    }

    /// <summary>Answers 429 with Retry-After in whole seconds and a problem body.</summary>
    public static async Task TooManyAsync(HttpContext http, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var seconds = RetrySeconds(retryAfter);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!CallWardenWeb.IsApi(http.Request))
        {
            return; // the status page says it in the reader's language
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"Try again in {seconds} s." },
        });
    }

    /// <summary>A wait in whole seconds for Retry-After, at least one.</summary>
    public static int RetrySeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static void PerAddress(RateLimiterOptions options, string name, Func<WebOptions, int> permits) =>
        options.AddPolicy(name, http =>
        {
            // Reading the sign-in page is no attempt: only a posted login counts against the address.
            if (name == Login && !HttpMethods.IsPost(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var web = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits(web),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
}
