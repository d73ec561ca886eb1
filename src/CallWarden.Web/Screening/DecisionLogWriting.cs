using CallWarden.Data.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallWarden.Web.Screening;

/// <summary>Writes the decision log's queue to the store off the request path.</summary>
internal sealed partial class DecisionLogWriting(DecisionLog log, ILogger<DecisionLogWriting> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await log.WaitAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await log.DrainAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Those entries are lost; the log is a sample, and screening must not wait for it.
                LogFailure(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the decision log failed; the batch is dropped")]
    private partial void LogFailure(Exception exception);
}
