using CallWarden.Core.Localization;
using CallWarden.Core.Privacy;
using CallWarden.Data;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallWarden.Channels.Sms;

/// <summary>
/// Sends the SMS rows of the outbox that are due. A row is claimed first (its next attempt moved
/// past the send timeout, guarded by the value read), so two nodes never send it together; once
/// Kannel accepted it, it is marked sent and never picked again. A refusal or an unreachable
/// Kannel moves the next attempt back exponentially; after the last attempt the row is parked
/// with its error, never deleted.
/// </summary>
internal sealed class SmsOutbox(
    IDbContextFactory<CallWardenDbContext> contexts,
    KannelSendSms kannel,
    SmsChannelOptions options,
    TimeProvider time,
    ILogger<SmsOutbox> logger)
{
    /// <summary>Parked rows wait this long: an operator can reset their next attempt.</summary>
    private static readonly TimeSpan Parked = TimeSpan.FromDays(36_500);

    /// <returns>How many messages Kannel accepted.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<OutboxMessage> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(m => m.Channel == OutboxChannel.Sms && m.SentAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(options.BatchSize)
                .ToListAsync(cancellationToken);
        }

        var accepted = 0;
        foreach (var message in due)
        {
            if (await DeliverAsync(message, cancellationToken))
            {
                accepted++;
            }
        }

        return accepted;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var attempts = message.Attempts + 1;
        var claimed = await db.Outbox
            .Where(m => m.Id == message.Id && m.SentAt == null && m.NextAttemptAt == message.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + options.SendTimeout + options.SendTimeout).SetProperty(m => m.Attempts, attempts), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var language = DisplayLanguages.FromCultureName(message.Language);
        var text = message.Body ?? (message.TemplateKey is { } template ? SmsTemplates.Render(template, message.Parameters, language) : null);
        var outcome = text is null
            ? SendOutcome.Refused($"no SMS text for template '{message.TemplateKey}'")
            : await kannel.SendAsync(message.Recipient, text, message.Id, cancellationToken, message.Sender);
        var after = time.GetUtcNow();
        if (outcome.Accepted)
        {
            // Not the request's token: once Kannel has the message, marking it sent must not be abandoned.
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.SentAt, after).SetProperty(m => m.ExternalId, "kannel").SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            return true;
        }

        var parked = attempts >= options.MaxAttempts || text is null;
        var next = parked ? after + Parked : after + RetryDelay(attempts);
        logger.LogWarning("SMS {Id} to {Recipient}: attempt {Attempts} failed ({Error}); {Next}", message.Id, ReporterMask.Mask(message.Recipient, null), attempts, outcome.Error,
            parked ? "parked" : $"next at {next:O}");
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, outcome.Error), CancellationToken.None);
        return false;
    }

    /// <summary>First retry delay, doubled per attempt, capped.</summary>
    internal TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = options.FirstRetryDelay * factor;
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }
}
