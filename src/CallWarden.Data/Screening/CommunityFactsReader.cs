using System.Data.Common;
using CallWarden.Core.Cases;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Cases;
using CallWarden.Data.Reputation;
using CallWarden.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Screening;

/// <summary>
/// Reads what screening knows about numbers from the store (reputation with a state, carrier actions
/// in force) and hands each number's facts on in increasing order, one at a time: the one reader of
/// the served snapshot, its catch-up and the dry run.
/// </summary>
internal static class CommunityFactsReader
{
    private static readonly ReputationState[] Stated = [ReputationState.Labelled, ReputationState.UnderReview, ReputationState.Disputed, ReputationState.VerifiedBusiness];
    private static readonly CarrierActionKind[] Enforcing = [CarrierActionKind.RestrictOutbound, CarrierActionKind.SuspendOutbound, CarrierActionKind.ReclaimNumber];

    private static readonly string[] ReputationColumns =
        [nameof(NumberReputationRecord.Number), nameof(NumberReputationRecord.Score), nameof(NumberReputationRecord.TopCategory), nameof(NumberReputationRecord.DistinctReporters), nameof(NumberReputationRecord.State)];

    private static readonly (string, IEnumerable<object>) StatedFilter = (nameof(NumberReputationRecord.State), Stated.Cast<object>());

    /// <summary>How many numbers have a stated reputation: what a full read will hand on, give or take the enforced ones.</summary>
    public static Task<int> CountAsync(CallWardenDbContext db, CancellationToken cancellationToken) =>
        StoreScan.CountAsync<NumberReputationRecord>(db, [StatedFilter], cancellationToken);

    /// <summary>
    /// Calls <paramref name="add"/> with the facts of every number with any, or of <paramref name="only"/> when given,
    /// in increasing order of number.
    /// </summary>
    /// <remarks>
    /// The actions in force are few and read first (PostgreSQL runs one reader at a time on a
    /// connection); the reputations are then streamed by primary key and merged with them.
    /// </remarks>
    public static async Task EachAsync(CallWardenDbContext db, DateTimeOffset now, IReadOnlyCollection<long>? only, Action<long, CommunityFacts> add, CancellationToken cancellationToken)
    {
        var actions = db.CarrierActions.AsNoTracking()
            .Where(a => Enforcing.Contains(a.Kind) && a.LiftedAt == null && a.From <= now && (a.Until == null || a.Until > now));
        if (only is not null)
        {
            actions = actions.Where(a => only.Contains(a.Number));
        }

        var inForce = await actions.OrderBy(a => a.Number).Select(a => new EnforcementRow(a.Number, a.Kind, a.Until)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var next = 0;

        void Until(long number)
        {
            for (; next < inForce.Count && inForce[next].Number < number; next = SkipNumber(inForce, next))
            {
                add(inForce[next].Number, Of(null, inForce, next, SkipNumber(inForce, next)));
            }
        }

        void Row(DbDataReader row)
        {
            var number = row.GetInt64(0);
            Until(number);
            var reputation = new ReputationRow(
                (int)row.GetInt64(1), row.IsDBNull(2) ? null : row.GetString(2), (int)row.GetInt64(3), Enum.Parse<ReputationState>(row.GetString(4)));
            var end = next;
            if (next < inForce.Count && inForce[next].Number == number)
            {
                end = SkipNumber(inForce, next);
            }

            add(number, Of(reputation, inForce, next, end));
            next = end;
        }

        var filters = only is null ? [StatedFilter] : new[] { StatedFilter, (nameof(NumberReputationRecord.Number), only.Cast<object>()) };
        await StoreScan.EachAsync<NumberReputationRecord>(db, ReputationColumns, Row, filters, cancellationToken).ConfigureAwait(false);
        Until(long.MaxValue);
    }

    /// <summary>The facts of <paramref name="only"/> as a table (absent numbers: nothing known), for a catch-up.</summary>
    public static async Task<Dictionary<long, CommunityFacts>> ReadAsync(CallWardenDbContext db, DateTimeOffset now, IReadOnlyCollection<long> only, CancellationToken cancellationToken)
    {
        var facts = new Dictionary<long, CommunityFacts>(only.Count);
        await EachAsync(db, now, only, (number, known) => facts[number] = known, cancellationToken).ConfigureAwait(false);
        return facts;
    }

    private static int SkipNumber(List<EnforcementRow> rows, int at)
    {
        var end = at + 1;
        while (end < rows.Count && rows[end].Number == rows[at].Number)
        {
            end++;
        }

        return end;
    }

    private static CommunityFacts Of(ReputationRow? reputation, List<EnforcementRow> actions, int start, int end)
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
        if (end > start)
        {
            var suspended = false;
            for (var i = start; i < end; i++)
            {
                suspended |= actions[i].Kind != CarrierActionKind.RestrictOutbound || actions[i].Until is null;
                until = actions[i].Until > until || until is null ? actions[i].Until : until;
            }

            flags |= suspended ? CommunityFlags.Suspended : CommunityFlags.Restricted;

            // A suspension has no end; of several restrictions the last end counts.
            until = suspended ? null : until;
        }

        ReportCategory? category = ReportCategoryExtensions.TryParseCode(reputation?.TopCategory, out var c) ? c : null;
        return new CommunityFacts(Math.Clamp(reputation?.Score ?? 0, 0, 100), category, Math.Max(0, reputation?.DistinctReporters ?? 0), flags, until);
    }
}
