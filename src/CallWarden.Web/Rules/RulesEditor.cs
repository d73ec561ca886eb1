using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Decisions;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Web.Problems;
using CallWarden.Web.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Rules;

/// <summary>
/// The one way a subscriber's rules are read, checked, tried on past calls and saved, and their
/// decisions read back: the rules API and the My protection page both call it, so the two cannot
/// drift. A save names the version it started from and is refused when someone saved in between;
/// a successful save makes this node's screening forget the old rules at once (other nodes follow
/// the change feed).
/// </summary>
internal sealed class RulesEditor(
    IDbContextFactory<CallWardenDbContext> contexts, ScreeningEngine engine, SubscriberRulesCache cache, ConsentLedger consents, IOptions<ScreenOptions> screen, TimeProvider time)
{
    /// <summary>Where national numbers and patterns are read: the engine's region.</summary>
    public string Region => engine.Options.Region;

    /// <summary>The subscriber's rules; the defaults (version 0) when never saved.</summary>
    public async Task<SubscriberRules> LoadAsync(long subscriber, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SubscriberRuleStore.LoadAsync(db, subscriber, cancellationToken);
    }

    /// <summary>
    /// Reads rules as a person or client wrote them (patterns in any written form) and checks the
    /// whole set; null with <paramref name="errors"/> naming each field, pattern problems with their code.
    /// </summary>
    public SubscriberRules? Check(SubscriberRules written, FieldErrors errors, string field = "entries") =>
        RulesInput.Read(written, Region, time.GetUtcNow(), errors, field);

    /// <summary>
    /// Saves checked rules if the stored version is still <paramref name="expectedVersion"/>, and records the
    /// subscriber's consent to screening under the notice in force (once per notice; issue #10 part 1).
    /// </summary>
    /// <returns>The saved rules with their new version; null when someone saved in between.</returns>
    public async Task<SubscriberRules?> SaveAsync(long subscriber, SubscriberRules rules, long expectedVersion, IntakeChannel channel, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await SubscriberRuleStore.SaveAsync(db, subscriber, rules, expectedVersion, time.GetUtcNow(), Region, cancellationToken);
        if (saved is not null)
        {
            // The next call to this subscriber on this node must meet the new rules, not wait for the feed.
            cache.Invalidate(subscriber);
            await consents.RecordAsync(new PhoneNumber(subscriber, NumberKind.Mobile), ConsentPurpose.Screening, channel, cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Every call under the stored rules and under <paramref name="proposed"/> (checked), oldest
    /// first; without <paramref name="calls"/>, the subscriber's decision log of the last 30 days.
    /// </summary>
    public async Task<IReadOnlyList<DryRunOutcome>> DryRunAsync(long subscriber, SubscriberRules proposed, IReadOnlyList<PastCall>? calls, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RulesDryRun.EvaluateAsync(db, engine, screen.Value.RecentCalls, subscriber, proposed, calls, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The subscriber's newest logged decisions, newest first.</summary>
    public async Task<List<DecisionLogEntry>> DecisionsAsync(long subscriber, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DecisionLog.ReadAsync(db, subscriber, limit, cancellationToken);
    }
}
