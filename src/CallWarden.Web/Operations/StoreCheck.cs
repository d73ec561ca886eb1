using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallWarden.Web.Operations;

/// <summary>Ready only while the store answers the readiness query (<see cref="FeedPosition"/>) within its bound.</summary>
internal sealed class StoreCheck(FeedPosition feed) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await feed.ReadAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the store did not answer in time");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's text may name the server, the file or the connection: the answer says only what failed.
            return HealthCheckResult.Unhealthy("the store did not answer");
        }
    }
}
