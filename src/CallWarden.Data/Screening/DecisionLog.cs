using System.Threading.Channels;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Decisions;
using CallWarden.Data.Registry;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Screening;

/// <summary>
/// The sampled, bounded record of screening decisions a subscriber reads as "why was this call
/// blocked". <see cref="Offer"/> never blocks a request: a full queue drops the decision and counts
/// it. Only the subscriber's own data is kept: the caller as the subscriber saw it, the rule and the
/// reasons' texts, never who reported the caller. A call a registered marketing line made to a
/// subscriber who refused its category is also written, in the same batch, as an automatic
/// complaint against the business (issue #10 part 6); a blocked call is never sampled away.
/// </summary>
public sealed class DecisionLog(IDbContextFactory<CallWardenDbContext> contexts, DecisionLogOptions options)
{
    private const int Batch = 512;

    // Wait mode, yet nothing waits: TryWrite on a full channel returns false, which is the drop we count.
    private readonly Channel<LoggedDecision> _queue = Channel.CreateBounded<LoggedDecision>(
        new BoundedChannelOptions(options.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    /// <summary>Held while a batch is taken from the queue and saved, so a drain sees everything queued before it.</summary>
    private readonly SemaphoreSlim _writing = new(1, 1);

    private long _allowed;
    private long _dropped;
    private long _written;

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Written => Interlocked.Read(ref _written);

    /// <summary>Queues the decision if the sample keeps it; returns whether it was queued.</summary>
    public bool Offer(in LoggedDecision decision)
    {
        if (decision.Decision.Action == Disposition.Allow && Interlocked.Increment(ref _allowed) % options.AllowSampleEvery != 0)
        {
            return false;
        }

        if (_queue.Writer.TryWrite(decision))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Waits until something is queued; false once the token is cancelled.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Saves everything queued so far; returns how many entries were written.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var total = 0;
            List<DecisionLogEntry> entries = [];
            List<MarketingComplaint> complaints = [];
            while (true)
            {
                entries.Clear();
                complaints.Clear();
                while (entries.Count < Batch && _queue.Reader.TryRead(out var queued))
                {
                    var entry = Entry(queued);
                    entries.Add(entry);
                    if (Complaint(queued, entry) is { } complaint)
                    {
                        complaints.Add(complaint);
                    }
                }

                if (entries.Count == 0)
                {
                    return total;
                }

                var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await using (db.ConfigureAwait(false))
                {
                    db.DecisionLog.AddRange(entries);
                    db.MarketingComplaints.AddRange(complaints);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                total += entries.Count;
                Interlocked.Add(ref _written, entries.Count);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>
    /// Deletes entries beyond each subscriber's newest <see cref="DecisionLogOptions.MaxEntriesPerSubscriber"/>. How long
    /// entries are kept is the retention policy's <c>decision-log</c> period (<c>Privacy.RetentionSweep</c>, issue #10 part 3).
    /// </summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pruned = 0;
            var keep = options.MaxEntriesPerSubscriber;
            var crowded = await db.DecisionLog.GroupBy(d => d.Subscriber).Where(g => g.Count() > keep).Select(g => g.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var subscriber in crowded)
            {
                var oldestKept = await db.DecisionLog.Where(d => d.Subscriber == subscriber)
                    .OrderByDescending(d => d.Id).Skip(keep - 1).Select(d => d.Id).FirstAsync(cancellationToken).ConfigureAwait(false);
                pruned += await db.DecisionLog.Where(d => d.Subscriber == subscriber && d.Id < oldestKept).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            return pruned;
        }
    }

    /// <summary>The subscriber's newest entries, newest first.</summary>
    public static Task<List<DecisionLogEntry>> ReadAsync(CallWardenDbContext db, long subscriber, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return db.DecisionLog.AsNoTracking().Where(d => d.Subscriber == subscriber).OrderByDescending(d => d.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The automatic complaint a decision files, or null when the refusal registry did not decide it.</summary>
    private static MarketingComplaint? Complaint(LoggedDecision logged, DecisionLogEntry entry)
    {
        var decision = logged.Decision;
        if (!decision.Action.Blocks() || decision.DecidedBy is not { Rule: ScreeningRule.RefusalRegistry, Data.Business.BusinessId: > 0 and var business })
        {
            return null;
        }

        var evidence = $"{entry.Action} {entry.SipCode} {entry.DecidingRule}: {entry.Reasons}";
        return new MarketingComplaint
        {
            BusinessId = business,
            Caller = entry.Caller,
            Callee = logged.Subscriber,
            At = logged.At,
            DecisionId = logged.DecisionId,
            Evidence = evidence.Length <= RegistryModel.EvidenceLength ? evidence : evidence[..(RegistryModel.EvidenceLength - 1)] + "…",
        };
    }

    private static DecisionLogEntry Entry(LoggedDecision logged)
    {
        var decision = logged.Decision;
        var reasons = string.Join("; ", decision.Reasons.Select(r => r.Text));
        var max = DecisionsModel.MaxReasonsLength;
        return new DecisionLogEntry
        {
            DecisionId = logged.DecisionId,
            Subscriber = logged.Subscriber,
            Caller = decision.Caller.Kind is NumberKind.Anonymous or NumberKind.Invalid ? 0 : decision.Caller.E164,
            At = logged.At,
            Action = decision.Action,
            SipCode = decision.SipCode,
            DecidingRule = decision.DecidedBy.RuleId,
            Label = decision.Label,
            Reasons = reasons.Length <= max ? reasons : reasons[..(max - 1)] + "…",
        };
    }
}
