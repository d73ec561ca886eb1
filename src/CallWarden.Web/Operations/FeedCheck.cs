using System.Globalization;
using CallWarden.Data.Operations;
using CallWarden.Data.Screening;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Operations;

/// <summary>Ready only while the snapshot's lag behind the store's change feed (<see cref="FeedLag"/>) is within <see cref="ReadinessOptions.MaxFeedLag"/>.</summary>
internal sealed class FeedCheck(FeedPosition feed, CommunityFollower follower, TimeProvider time, IOptions<ReadinessOptions> options) : IHealthCheck
{
    public const string Name = "feed";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long newest;
        try
        {
            newest = await feed.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the feed's position could not be read");
        }

        return FeedLag.Of(follower, newest, time.GetUtcNow()) switch
        {
            null => HealthCheckResult.Unhealthy("no snapshot follows the feed yet"),
            var lag when lag <= options.Value.MaxFeedLag => HealthCheckResult.Healthy(),
            var lag => HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture,
                $"{newest - follower.Current.Version} changes behind for {lag.Value.TotalSeconds:0.#} s (bound {options.Value.MaxFeedLag.TotalSeconds:0.#} s)")),
        };
    }
}
