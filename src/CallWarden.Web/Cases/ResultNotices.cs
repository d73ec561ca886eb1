using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Outbox;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Cases;

/// <summary>
/// Tells every reporter of an actioned case what the carrier did, on the channel and in the
/// language of their acknowledgement, then closes the case. It runs right after an action and on
/// every sweep, so a crash between the two steps is finished later; dedup keys make it idempotent.
/// </summary>
internal sealed class ResultNotices(IDbContextFactory<CallWardenDbContext> contexts, CaseWorkflow workflow, TimeProvider time)
{
    public const string Template = "case.result";

    /// <summary>Returns how many cases were closed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<long> told = [];
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var actioned = await db.Cases.AsNoTracking().Where(c => c.State == CaseState.Actioned).Select(c => new { c.Id, c.Number, c.NumberKind }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var c in actioned)
            {
                var action = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == c.Id).OrderByDescending(a => a.Id).FirstAsync(cancellationToken).ConfigureAwait(false);
                var references = await db.CaseReports.Where(l => l.CaseId == c.Id).Select(l => l.Report!.Reference).ToListAsync(cancellationToken).ConfigureAwait(false);
                var acks = references.Select(r => "ack:" + r).ToList();
                var results = references.Select(r => "result:" + r).ToList();
                var sent = await db.Outbox.Where(m => results.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken).ConfigureAwait(false);
                var now = time.GetUtcNow();
                foreach (var ack in await db.Outbox.AsNoTracking().Where(m => acks.Contains(m.DedupKey)).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    var reference = ack.DedupKey["ack:".Length..];
                    if (!sent.Contains("result:" + reference))
                    {
                        db.Outbox.Add(new OutboxMessage
                        {
                            Channel = ack.Channel,
                            Recipient = ack.Recipient,
                            Language = ack.Language,
                            TemplateKey = Template,
                            Parameters = JsonSerializer.Serialize(new
                            {
                                reference,
                                number = new PhoneNumber(c.Number, c.NumberKind).ToE164String(),
                                action = CarrierActionKinds.Code(action.Kind),
                                until = action.Until,
                            }),
                            DedupKey = "result:" + reference,
                            CreatedAt = now,
                            NextAttemptAt = now,
                        });
                    }
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                told.Add(c.Id);
            }
        }

        var closed = 0;
        foreach (var id in told)
        {
            var result = await workflow.CloseAsync(id, Actor.System, "every reporter was told the result", cancellationToken).ConfigureAwait(false);
            closed += result?.Succeeded == true ? 1 : 0;
        }

        return closed;
    }
}
