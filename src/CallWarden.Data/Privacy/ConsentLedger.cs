using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// Records the consents of sign-ups (issue #10 part 1): a phone signing in, a subscriber saving screening
/// rules by web, API or SMS. Reports record theirs in intake's own transaction. The same phone, notice
/// and purpose are recorded once.
/// </summary>
public sealed class ConsentLedger(IDbContextFactory<CallWardenDbContext> contexts, PrivacyNotices notices, TimeProvider time)
{
    public PrivacyNotices Notices => notices;

    /// <summary>Records that <paramref name="phone"/> agreed to the current notice for <paramref name="purpose"/> on <paramref name="channel"/>.</summary>
    public async Task RecordAsync(PhoneNumber phone, ConsentPurpose purpose, IntakeChannel channel, CancellationToken cancellationToken = default)
    {
        var notice = notices.Current;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.Consents.AnyAsync(c => c.Phone == phone.E164 && c.Notice == notice && c.Purpose == purpose, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            db.Consents.Add(new ConsentRecord { Subject = phone.ToE164String(), Phone = phone.E164, Notice = notice, Purpose = purpose, Channel = channel, At = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
