using CallWarden.Core.Reputation;
using CallWarden.Data.Feed;
using CallWarden.Data.Reputation;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Screening;

/// <summary>Writes a number's reputation and its feed row in one transaction, as intake publishes a recomputation.</summary>
internal static class Community
{
    public static async Task PublishReputationAsync(TestStore store, long number, int score, ReputationState state)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = store.Open();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await db.Reputations.SingleOrDefaultAsync(r => r.Number == number, ct);
        if (row is null)
        {
            row = new NumberReputationRecord { Number = number };
            db.Reputations.Add(row);
        }

        (row.Score, row.State, row.DistinctReporters, row.TopCategory, row.UpdatedAt) = (score, state, 5, "fraud", store.Time.GetUtcNow());
        ChangeFeed.Append(db, ChangeKind.Reputation, number, new { state = state.ToString(), score }, store.Time.GetUtcNow());
        await ChangeFeed.LockForAppendAsync(db, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
