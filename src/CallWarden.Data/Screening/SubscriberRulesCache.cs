using System.Collections.Concurrent;
using CallWarden.Core.Screening;
using CallWarden.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Screening;

/// <summary>
/// Subscribers' compiled rules, loaded and compiled on first use and dropped when the change feed
/// says they changed (<see cref="Invalidate"/>), so that a decision reads no store in the steady state.
/// </summary>
public sealed class SubscriberRulesCache(IDbContextFactory<CallWardenDbContext> contexts, string region = "CN")
{
    private readonly ConcurrentDictionary<long, CompiledRules> _compiled = new();
    private readonly CompiledRules _defaults = SubscriberRules.Default.Compile(region);

    /// <summary>Bumped by every invalidation: a load that started before one must not be cached.</summary>
    private long _generation;

    public string Region => region;

    public int Count => _compiled.Count;

    /// <summary>The subscriber's compiled rules; the defaults for one who never saved any.</summary>
    public ValueTask<CompiledRules> GetAsync(long subscriber, CancellationToken cancellationToken = default) =>
        _compiled.TryGetValue(subscriber, out var rules) ? ValueTask.FromResult(rules) : new ValueTask<CompiledRules>(LoadAsync(subscriber, cancellationToken));

    public void Invalidate(long subscriber)
    {
        Interlocked.Increment(ref _generation);
        _compiled.TryRemove(subscriber, out _);
    }

    private async Task<CompiledRules> LoadAsync(long subscriber, CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rules = await SubscriberRuleStore.LoadAsync(db, subscriber, cancellationToken).ConfigureAwait(false);
            var compiled = rules.Version == 0 ? _defaults : rules.Compile(region);
            if (Interlocked.Read(ref _generation) == generation)
            {
                _compiled[subscriber] = compiled;
            }

            return compiled;
        }
    }
}
