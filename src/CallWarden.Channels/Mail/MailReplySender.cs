using CallWarden.Data;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Sends the outbox's email rows to the relay. A row is claimed before it is sent (its next attempt
/// moved past the relay's timeout, only if nobody moved it first), so two workers never send it
/// twice; a failure is retried with doubling delays, and after the last attempt the row stays with
/// its error for an operator, never lost.
/// </summary>
internal sealed partial class MailReplySender(
    IDbContextFactory<CallWardenDbContext> contexts, IReplyTransport transport, MailOptions options, TimeProvider time, ILogger<MailReplySender> logger) : BackgroundService
{
    private const int Batch = 50;
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Relay.From);

    /// <summary>Sends every due row once; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var due = await db.Outbox.AsNoTracking()
                .Where(m => m.Channel == OutboxChannel.Email && m.SentAt == null && m.NextAttemptAt <= now && m.Attempts < options.Relay.MaxAttempts)
                .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            var sent = 0;
            foreach (var row in due)
            {
                if (await ClaimAsync(db, row, now, cancellationToken).ConfigureAwait(false))
                {
                    sent += await SendAsync(db, row, now, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
            }

            return sent;
        }
    }

    /// <summary>The delay before attempt <paramref name="attempts"/> + 1.</summary>
    public TimeSpan Delay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, options.Relay.RetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled || options.Relay.Host is null)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(e);
            }

            await Task.Delay(options.Relay.PollInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> ClaimAsync(CallWardenDbContext db, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + options.Relay.Timeout * 2;
        var claimed = await db.Outbox
            .Where(m => m.Id == row.Id && m.SentAt == null && m.NextAttemptAt == row.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until), cancellationToken).ConfigureAwait(false);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(CallWardenDbContext db, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = row.Attempts + 1;
        try
        {
            var message = MailReplies.Render(row, _from);
            await transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await db.Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, now).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.ExternalId, message.MessageId).SetProperty(m => m.LastError, (string?)null), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await db.Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, now + Delay(attempts))
                .SetProperty(m => m.LastError, error), CancellationToken.None).ConfigureAwait(false);
            LogSendFailed(row.Id, attempts, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply mail {Id} not sent (attempt {Attempts}): {Error}")]
    private partial void LogSendFailed(long id, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply mail round failed; retrying next round")]
    private partial void LogRoundFailed(Exception exception);
}
