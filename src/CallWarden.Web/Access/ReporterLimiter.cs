using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>
/// Reports per reporter per hour. It is applied in the intake handler rather than as middleware,
/// because a gateway's key carries many reporters and the reporter is only known from the body.
/// </summary>
internal sealed class ReporterLimiter(IOptions<WebOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(reporter =>
        RateLimitPartition.GetFixedWindowLimiter(reporter, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ReportsPerHourPerReporter,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the reporter may submit now, else how long until they may.</summary>
    public TimeSpan? Refusal(string reporter)
    {
        using var lease = _limiter.AttemptAcquire(reporter);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromHours(1);
    }

    public void Dispose() => _limiter.Dispose();
}
