using CallWarden.Data.Feed;
using CallWarden.Data.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>
/// Builds the community snapshot at start and follows the change feed: at each notification of the
/// store (PostgreSQL LISTEN/NOTIFY: every node within milliseconds of a commit) and at least every
/// <see cref="ScreenOptions.FeedCheckInterval"/>; without notifications every <see cref="ScreenOptions.FollowInterval"/>.
/// </summary>
internal sealed partial class CommunityFollowing(
    CommunityFollower follower, IFeedNotifications notifications, TimeProvider time, IOptions<ScreenOptions> options, ILogger<CommunityFollowing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before reading, so that a commit during the read wakes the next round at once.
            var next = notifications.NextChange();
            try
            {
                await follower.CatchUpAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The last snapshot keeps answering; the next round retries from its version.
                LogFailure(e);
            }

            if (next is null)
            {
                await Task.Delay(options.Value.FollowInterval, time, stoppingToken).ConfigureAwait(false);
                continue;
            }

            using var check = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(next, Task.Delay(options.Value.FeedCheckInterval, time, check.Token)).ConfigureAwait(false);
            await check.CancelAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Following the change feed failed; retrying next round")]
    private partial void LogFailure(Exception exception);
}
