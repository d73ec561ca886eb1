using CallWarden.Core.Cases;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Data.Feed;
using CallWarden.Data.Registry;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Rules;

/// <summary>
/// What the store knows now about a few callers, read straight from the reputation and carrier-action
/// tables: enough for a dry run over one subscriber's history without the node's in-memory snapshot.
/// </summary>
public sealed class StoredCommunity : ICommunityView
{
    private readonly Dictionary<long, CommunityFacts> _facts;

    private StoredCommunity(Dictionary<long, CommunityFacts> facts, RegistrySnapshot registry, long version)
    {
        _facts = facts;
        Registry = registry;
        Version = version;
    }

    public long Version { get; }

    /// <summary>The refusals of the callees and the business lines of the callers, read as the served snapshot reads them.</summary>
    public RegistrySnapshot Registry { get; }

    public bool TryGet(long e164, out CommunityFacts facts) => _facts.TryGetValue(e164, out facts);

    /// <param name="callees">The subscribers whose refusals the calls meet (a dry run's own subscriber).</param>
    public static async Task<StoredCommunity> ForCallersAsync(
        CallWardenDbContext db, IReadOnlyCollection<long> callers, IReadOnlyCollection<long> callees, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(callers);
        ArgumentNullException.ThrowIfNull(callees);
        var version = await ChangeFeed.LastSequenceAsync(db, cancellationToken).ConfigureAwait(false);
        var reputations = await db.Reputations.AsNoTracking().Where(r => callers.Contains(r.Number)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var actions = await db.CarrierActions.AsNoTracking()
            .Where(a => callers.Contains(a.Number) && a.LiftedAt == null && a.From <= now && (a.Until == null || a.Until > now)
                && (a.Kind == CarrierActionKind.RestrictOutbound || a.Kind == CarrierActionKind.SuspendOutbound || a.Kind == CarrierActionKind.ReclaimNumber))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        Dictionary<long, CommunityFacts> facts = [];
        foreach (var number in reputations.Select(r => r.Number).Union(actions.Select(a => a.Number)))
        {
            var reputation = reputations.Find(r => r.Number == number);
            var action = actions.Where(a => a.Number == number).OrderByDescending(a => a.Id).FirstOrDefault();
            var flags = reputation?.State switch
            {
                ReputationState.Labelled => CommunityFlags.Labelled,
                ReputationState.Disputed => CommunityFlags.Disputed,
                ReputationState.UnderReview => CommunityFlags.UnderReview,
                ReputationState.VerifiedBusiness => CommunityFlags.VerifiedBusiness,
                _ => CommunityFlags.None,
            };
            flags |= action?.Kind switch
            {
                CarrierActionKind.RestrictOutbound => CommunityFlags.Restricted,
                null => CommunityFlags.None,
                _ => CommunityFlags.Suspended,
            };
            ReportCategory? category = ReportCategoryExtensions.TryParseCode(reputation?.TopCategory, out var c) ? c : null;
            facts[number] = new CommunityFacts(Math.Clamp(reputation?.Score ?? 0, 0, 100), category, Math.Max(reputation?.DistinctReporters ?? 0, 0), flags, action?.Until);
        }

        var registry = await RegistryReader.ReadAsync(db, callees, callers, cancellationToken).ConfigureAwait(false);
        return new StoredCommunity(facts, registry, version);
    }
}
