using System.Threading.RateLimiting;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>
/// Reports (and "this number is legitimate" feedback) per reporter per hour, whichever way they
/// come in: the API and the pages share this one limiter and <see cref="KeyOf"/>. It is applied in
/// the handlers rather than as middleware, because a gateway's key carries many reporters and the
/// reporter is only known from the body.
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

    /// <summary>Who is limited: the reporter's phone in E.164 when there is one, else their identity, else the caller.</summary>
    public static string KeyOf(string? phone, string? identity, string caller)
    {
        if (!string.IsNullOrWhiteSpace(phone) && phone.Length <= SubmissionLimits.TargetText && PhoneNumberNormalizer.Default.Normalize(phone) is { IsValid: true } number)
        {
            return number.ToE164String();
        }

        return string.IsNullOrWhiteSpace(identity) ? caller : identity.Trim();
    }

    public void Dispose() => _limiter.Dispose();
}
