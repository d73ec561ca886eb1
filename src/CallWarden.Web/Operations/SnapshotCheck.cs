using CallWarden.Data.Screening;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallWarden.Web.Operations;

/// <summary>Ready only once the community snapshot has been built: before, screening would wait for it.</summary>
internal sealed class SnapshotCheck(CommunityFollower follower) : IHealthCheck
{
    public const string Name = "snapshot";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(follower.IsLoaded ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the community snapshot is not built yet"));
}
