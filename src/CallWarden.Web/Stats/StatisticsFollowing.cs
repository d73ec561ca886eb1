using CallWarden.Data.Stats;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Stats;

/// <summary>Builds the published statistics at start and rebuilds them when due, on the injected clock.</summary>
internal sealed partial class StatisticsFollowing(PublicStatisticsFollower follower, TimeProvider time, IOptions<StatisticsOptions> options, ILogger<StatisticsFollowing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await follower.RefreshIfDueAsync(stoppingToken).ConfigureAwait(false))
                {
                    LogRebuilt(follower.Current?.Reports ?? 0);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The last figures stay published; the next round tries again.
                LogFailure(e);
            }

            await Task.Delay(options.Value.CheckInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published statistics rebuilt: {Reports} reports in the period")]
    private partial void LogRebuilt(long reports);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the published statistics failed; retrying next round")]
    private partial void LogFailure(Exception exception);
}
