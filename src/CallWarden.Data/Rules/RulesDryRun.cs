using CallWarden.Core.Screening;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Rules;

/// <summary>
/// The dry run over stored data: the subscriber's current rules against proposed ones, over the
/// calls given or, without them, the subscriber's decision log of the last <see cref="History"/>.
/// </summary>
public static class RulesDryRun
{
    public static readonly TimeSpan History = TimeSpan.FromDays(30);

    /// <summary>Past calls are read at most this many, newest first, so that one request stays small.</summary>
    public const int MaxCalls = 10_000;

    /// <param name="recentCalls">The live screening's recent-call limits (<c>Screen:RecentCalls</c>), so the replay remembers as a node does.</param>
    /// <returns>Every call under both rule sets, oldest first; <see cref="DryRunOutcome.Changed"/> marks the ones that would differ.</returns>
    /// <exception cref="ArgumentException">The proposed rules have problems (see <see cref="SubscriberRules.Validate"/>).</exception>
    public static async Task<IReadOnlyList<DryRunOutcome>> EvaluateAsync(
        CallWardenDbContext db, ScreeningEngine engine, RecentCallLimits recentCalls, long subscriber, SubscriberRules proposed, IReadOnlyList<PastCall>? calls, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(engine);
        var current = await SubscriberRuleStore.LoadAsync(db, subscriber, cancellationToken).ConfigureAwait(false);
        calls ??= await LoggedCallsAsync(db, subscriber, now, cancellationToken).ConfigureAwait(false);
        var region = engine.Options.Region;
        var callers = calls.Select(c => Core.Numbers.PhoneNumberNormalizer.Default.Normalize(c.Caller, region)).Where(n => n.IsValid).Select(n => n.E164).ToHashSet();
        var community = await Screening.CommunitySnapshotReader.ReadAsync(db, now, callers, [subscriber], cancellationToken).ConfigureAwait(false);
        return new DryRun(engine, recentCalls).Evaluate(proposed, current, calls, community);
    }

    /// <summary>The subscriber's logged calls since <see cref="History"/> ago, as the proxy presented them.</summary>
    public static async Task<IReadOnlyList<PastCall>> LoggedCallsAsync(CallWardenDbContext db, long subscriber, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = now - History;
        var entries = await db.DecisionLog.AsNoTracking()
            .Where(d => d.Subscriber == subscriber && d.At >= since && d.At <= now)
            .OrderByDescending(d => d.At).Take(MaxCalls)
            .Select(d => new { d.Caller, d.At, d.DecisionId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // A withheld or invalid caller was logged as 0: replayed as a withheld call, which is what the callee saw.
        var callee = "+" + subscriber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. entries.Select(e => e.Caller > 0
            ? new PastCall("+" + e.Caller.ToString(System.Globalization.CultureInfo.InvariantCulture), callee, e.At, CallId: e.DecisionId)
            : new PastCall(string.Empty, callee, e.At, Presentation: Presentation.Restricted, CallId: e.DecisionId))];
    }
}
