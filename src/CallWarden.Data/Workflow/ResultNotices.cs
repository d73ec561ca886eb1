using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Workflow;

/// <summary>
/// The result message each reporter of an actioned case gets, on the channel and in the language of
/// their acknowledgement. Queued by <see cref="CaseWorkflow"/> in the transaction that records the
/// action and closes the case, so an action is never stored without its notices.
/// </summary>
public static class ResultNotices
{
    internal const string Reason = "every reporter was told the result";

    private const string AckPrefix = "ack:";
    private const string ResultPrefix = "result:";

    /// <summary>Adds one message per report of <paramref name="closed"/> not yet told; the dedup key makes a second queueing impossible.</summary>
    internal static async Task QueueAsync(CallWardenDbContext db, Case closed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var action = closed.Action ?? throw new InvalidOperationException($"Case {closed.Id} has no carrier action to tell");
        var references = closed.Reports.Select(r => r.Reference).ToList();
        var acks = references.Select(r => AckPrefix + r).ToList();
        var results = references.Select(r => ResultPrefix + r).ToList();
        var told = (await db.Outbox.AsNoTracking().Where(m => results.Contains(m.DedupKey)).Select(m => m.DedupKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var acknowledged = await db.Outbox.AsNoTracking().Where(m => acks.Contains(m.DedupKey))
            .Select(m => new { m.DedupKey, m.Channel, m.Recipient, m.Language, m.Sender })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ack in acknowledged)
        {
            var reference = ack.DedupKey[AckPrefix.Length..];
            if (told.Contains(ResultPrefix + reference))
            {
                continue;
            }

            db.Outbox.Add(new OutboxMessage
            {
                Channel = ack.Channel,
                Recipient = ack.Recipient,
                Language = ack.Language,
                TemplateKey = OutboxTemplates.CaseResult,
                Parameters = JsonSerializer.Serialize(new
                {
                    reference,
                    number = closed.Number.ToE164String(),
                    action = JsonNamingPolicy.SnakeCaseLower.ConvertName(action.Kind.ToString()),
                    until = action.EndsAt,
                    days = action.EndsAt is { } ends ? (int?)Math.Round((ends - action.TakenAt).TotalDays) : null,
                }),
                DedupKey = ResultPrefix + reference,
                Sender = ack.Sender,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }
}
