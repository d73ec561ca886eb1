using CallWarden.Data.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>
/// Writes the decision log's queue to the store off the request path, in batches gathered for
/// <see cref="DecisionLogOptions.WriteEvery"/> (by the wall clock, so that a test's frozen clock does
/// not hold entries back).
/// </summary>
internal sealed partial class DecisionLogWriting(DecisionLog log, IOptions<DecisionLogOptions> options, ILogger<DecisionLogWriting> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gather = options.Value.WriteEvery;
        while (await log.WaitAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (gather > TimeSpan.Zero)
                {
                    await Task.Delay(gather, stoppingToken).ConfigureAwait(false);
                }

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
