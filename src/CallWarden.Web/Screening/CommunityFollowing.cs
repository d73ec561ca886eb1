using CallWarden.Data.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>Builds the community snapshot at start and follows the change feed on the injected clock.</summary>
internal sealed partial class CommunityFollowing(CommunityFollower follower, TimeProvider time, IOptions<ScreenOptions> options, ILogger<CommunityFollowing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await follower.CatchUpAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The last snapshot keeps answering; the next round retries from its version.
                LogFailure(e);
            }

            await Task.Delay(options.Value.FollowInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Following the change feed failed; retrying next round")]
    private partial void LogFailure(Exception exception);
}
