using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// The phone's web sessions and one-time codes (hashes only). Withdrawing deletes them: every
/// session of the phone ends at its next request.
/// </summary>
internal sealed class SignInSection : IPersonalDataSection
{
    public string Name => "signIn";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.Subject == subject.SessionSubject).OrderBy(s => s.Id)
            .Select(s => new { s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.EndedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var codes = await db.PhoneChallenges.AsNoTracking().Where(c => c.Phone == subject.E164).OrderBy(c => c.Id)
            .Select(c => new { c.Purpose, c.CreatedAt, c.ConsumedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new { sessions, codes };
    }

    public async Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Sessions.Where(s => s.Subject == subject.SessionSubject).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false)
        + await db.PhoneChallenges.Where(c => c.Phone == subject.E164).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
}
