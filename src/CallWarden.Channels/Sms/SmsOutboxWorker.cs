using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallWarden.Channels.Sms;

/// <summary>Runs <see cref="SmsOutbox"/> whenever something is queued, and every poll interval for retries and other nodes' rows.</summary>
internal sealed class SmsOutboxWorker(SmsOutbox outbox, SmsOutboxSignal signal, SmsChannelOptions options, TimeProvider time, ILogger<SmsOutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: go on without waiting.
                while (await outbox.DeliverDueAsync(stoppingToken) >= options.BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be briefly unreachable; the rows wait for the next round.
                logger.LogError(e, "SMS outbox round failed");
            }

            await signal.WaitAsync(options.PollInterval, time, stoppingToken);
        }
    }
}
