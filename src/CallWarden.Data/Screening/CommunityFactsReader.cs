using CallWarden.Core.Cases;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Cases;
using CallWarden.Data.Reputation;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Screening;

/// <summary>Reads what screening knows about numbers from the store: reputation with a state, and carrier actions in force.</summary>
internal static class CommunityFactsReader
{
    private static readonly ReputationState[] Stated = [ReputationState.Labelled, ReputationState.UnderReview, ReputationState.Disputed, ReputationState.VerifiedBusiness];
    private static readonly CarrierActionKind[] Enforcing = [CarrierActionKind.RestrictOutbound, CarrierActionKind.SuspendOutbound, CarrierActionKind.ReclaimNumber];

    /// <summary>The facts of every number with any, or of <paramref name="only"/> when given (absent numbers: nothing known).</summary>
    public static async Task<Dictionary<long, CommunityFacts>> ReadAsync(CallWardenDbContext db, DateTimeOffset now, IReadOnlyCollection<long>? only, CancellationToken cancellationToken)
    {
        var reputations = db.Reputations.AsNoTracking().Where(r => Stated.Contains(r.State));
        var actions = db.CarrierActions.AsNoTracking()
            .Where(a => Enforcing.Contains(a.Kind) && a.LiftedAt == null && a.From <= now && (a.Until == null || a.Until > now));
        if (only is not null)
        {
            reputations = reputations.Where(r => only.Contains(r.Number));
            actions = actions.Where(a => only.Contains(a.Number));
        }

        var rows = await reputations.ToListAsync(cancellationToken).ConfigureAwait(false);
        var inForce = await actions.ToListAsync(cancellationToken).ConfigureAwait(false);
        var byNumber = rows.ToDictionary(r => r.Number);
        var enforcement = inForce.GroupBy(a => a.Number).ToDictionary(g => g.Key, g => g.ToList());
        var facts = new Dictionary<long, CommunityFacts>(byNumber.Count + enforcement.Count);
        foreach (var number in byNumber.Keys.Union(enforcement.Keys))
        {
            facts[number] = Of(byNumber.GetValueOrDefault(number), enforcement.GetValueOrDefault(number));
        }

        return facts;
    }

    internal static CommunityFacts Of(NumberReputationRecord? reputation, List<CarrierActionRecord>? actions)
    {
        var flags = reputation?.State switch
        {
            ReputationState.Labelled => CommunityFlags.Labelled,
            ReputationState.UnderReview => CommunityFlags.UnderReview,
            ReputationState.Disputed => CommunityFlags.Disputed,
            ReputationState.VerifiedBusiness => CommunityFlags.VerifiedBusiness,
            _ => CommunityFlags.None,
        };
        DateTimeOffset? until = null;
        if (actions is { Count: > 0 })
        {
            var suspended = actions.Any(a => a.Kind != CarrierActionKind.RestrictOutbound || a.Until is null);
            flags |= suspended ? CommunityFlags.Suspended : CommunityFlags.Restricted;

            // A suspension has no end; of several restrictions the last end counts.
            until = suspended ? null : actions.Max(a => a.Until);
        }

        ReportCategory? category = ReportCategoryExtensions.TryParseCode(reputation?.TopCategory, out var c) ? c : null;
        return new CommunityFacts(Math.Clamp(reputation?.Score ?? 0, 0, 100), category, Math.Max(0, reputation?.DistinctReporters ?? 0), flags, until);
    }
}
