using System.Threading.RateLimiting;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>
/// Reports (and "this number is legitimate" feedback) per reporter per hour, whichever channel or
/// client carries them (the API, the web form, the feedback page).
/// It is applied in the intake handlers rather than as middleware, because a gateway's key carries
/// many reporters and the reporter is only known from the body.
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

    /// <summary>
    /// Null when the reporter may submit now, else how long until they may. A reporter is counted by
    /// their phone when it is a number (however it is written), else by their identity, else as <paramref name="caller"/>.
    /// </summary>
    public TimeSpan? Refusal(string? phone, string? identity, string caller)
    {
        using var lease = _limiter.AttemptAcquire(Key(phone, identity, caller));
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromHours(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static string Key(string? phone, string? identity, string caller)
    {
        if (!string.IsNullOrWhiteSpace(phone) && phone.Length <= SubmissionLimits.TargetText && PhoneNumberNormalizer.Default.Normalize(phone) is { IsValid: true } number)
        {
            return number.ToE164String();
        }

        return string.IsNullOrWhiteSpace(identity) ? caller : identity.Trim();
    }
}
