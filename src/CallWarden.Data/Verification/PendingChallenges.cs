using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Verification;

/// <summary>
/// The two writes on a challenge. Each is one conditional update, so that of concurrent requests
/// only as many wrong codes count as a code allows, and a code is used by one request only.
/// </summary>
public static class PendingChallenges
{
    /// <summary>Marks the challenge used; false when it was used or ran out of attempts first.</summary>
    public static async Task<bool> TryUseAsync(CallWardenDbContext db, long id, int attemptLimit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Pending(db, id, attemptLimit)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, now), cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Counts a wrong code; false when the challenge was used or ran out of attempts first.</summary>
    public static async Task<bool> TryCountWrongAsync(CallWardenDbContext db, long id, int attemptLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Pending(db, id, attemptLimit)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken).ConfigureAwait(false) == 1;
    }

    private static IQueryable<PhoneChallenge> Pending(CallWardenDbContext db, long id, int attemptLimit) =>
        db.PhoneChallenges.Where(c => c.Id == id && c.ConsumedAt == null && c.Attempts < attemptLimit);
}
