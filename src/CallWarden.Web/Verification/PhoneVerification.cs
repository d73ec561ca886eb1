using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Outbox;
using CallWarden.Data.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Verification;

/// <summary>
/// Proves that a person holds a mobile phone: a 6-digit code goes out by SMS through the outbox,
/// and the person types it back. The newest code of a phone and purpose is the only one that
/// works, once, within its lifetime and its attempts; limits per phone and per client address
/// keep the service from being used to text strangers.
/// </summary>
internal sealed class PhoneVerification(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, IOptions<VerificationOptions> options)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<IssueResult> IssueAsync(PhoneNumber phone, string purpose, string clientAddress, DisplayLanguage language, CancellationToken cancellationToken)
    {
        VerificationPurposes.Require(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientAddress);
        if (phone.Kind != NumberKind.Mobile)
        {
            return new IssueResult.Refused(IssueRefusal.NotMobile, RetryAfter: null);
        }

        var o = options.Value;
        var address = clientAddress.Length <= PhoneChallenge.ClientAddressLength ? clientAddress : clientAddress[..PhoneChallenge.ClientAddressLength];
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await IssueLock.HoldAsync(db, cancellationToken).ConfigureAwait(false);
                var now = time.GetUtcNow();
                var since = now - Hour;
                var toPhone = await db.PhoneChallenges.Where(c => c.Phone == phone.E164 && c.CreatedAt > since)
                    .Select(c => c.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
                var fromAddress = await db.PhoneChallenges.Where(c => c.ClientAddress == address && c.CreatedAt > since)
                    .Select(c => c.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (Refusal(o, now, toPhone, fromAddress) is { } refused)
                {
                    return refused;
                }

                var code = OneTimeCode.New();
                var salt = OneTimeCode.NewSalt();
                var challenge = new PhoneChallenge
                {
                    Phone = phone.E164, Purpose = purpose, Salt = salt, CodeHash = OneTimeCode.Hash(salt, code),
                    CreatedAt = now, ExpiresAt = now + o.CodeLifetime, ClientAddress = address,
                };
                db.PhoneChallenges.Add(challenge);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

                // In the same transaction: a code the person can never receive is never counted, and a counted one is never lost.
                db.Outbox.Add(new OutboxMessage
                {
                    Channel = OutboxChannel.Sms,
                    Recipient = phone.ToE164String(),
                    Language = language.Tag(),
                    Body = VerificationTexts.CodeMessage(code, (int)Math.Ceiling(o.CodeLifetime.TotalMinutes), language),
                    DedupKey = "otp:" + challenge.Id.ToString(CultureInfo.InvariantCulture),
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new IssueResult.Sent(challenge.ExpiresAt, o.ResendInterval, o.ShowCodes ? code : null);
            }
        }
    }

    public async Task<VerifyResult> VerifyAsync(PhoneNumber phone, string purpose, string? code, CancellationToken cancellationToken)
    {
        VerificationPurposes.Require(purpose);
        var limit = options.Value.AttemptsPerCode;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var challenge = await db.PhoneChallenges.AsNoTracking()
                .Where(c => c.Phone == phone.E164 && c.Purpose == purpose)
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            if (challenge is null || challenge.ConsumedAt is not null)
            {
                return new VerifyResult.NoCode();
            }

            if (now >= challenge.ExpiresAt)
            {
                return new VerifyResult.Expired();
            }

            if (challenge.Attempts >= limit)
            {
                return new VerifyResult.TooManyAttempts();
            }

            if (OneTimeCode.Matches(code, challenge.Salt, challenge.CodeHash))
            {
                return await PendingChallenges.TryUseAsync(db, challenge.Id, limit, now, cancellationToken).ConfigureAwait(false)
                    ? new VerifyResult.Verified() : new VerifyResult.NoCode();
            }

            return await PendingChallenges.TryCountWrongAsync(db, challenge.Id, limit, cancellationToken).ConfigureAwait(false)
                ? new VerifyResult.Wrong(Math.Max(0, limit - challenge.Attempts - 1)) : new VerifyResult.TooManyAttempts();
        }
    }

    /// <summary>The refusal with the longest wait among the limits the request meets, or null when it meets none.</summary>
    private static IssueResult.Refused? Refusal(VerificationOptions o, DateTimeOffset now, List<DateTimeOffset> toPhone, List<DateTimeOffset> fromAddress)
    {
        IssueResult.Refused? refused = null;
        if (toPhone.Count > 0 && toPhone.Max() + o.ResendInterval - now is var wait && wait > TimeSpan.Zero)
        {
            Consider(IssueRefusal.TooSoon, wait);
        }

        if (OldestToLeave(toPhone, o.CodesPerPhonePerHour) is { } phoneOldest)
        {
            Consider(IssueRefusal.TooManyForPhone, phoneOldest + Hour - now);
        }

        if (OldestToLeave(fromAddress, o.CodesPerAddressPerHour) is { } addressOldest)
        {
            Consider(IssueRefusal.TooManyFromAddress, addressOldest + Hour - now);
        }

        return refused;

        void Consider(IssueRefusal reason, TimeSpan retryAfter)
        {
            if (refused is null || retryAfter > refused.RetryAfter)
            {
                refused = new IssueResult.Refused(reason, retryAfter);
            }
        }
    }

    /// <summary>At or over the limit: the time of the code whose leaving the hour brings the count under it.</summary>
    private static DateTimeOffset? OldestToLeave(List<DateTimeOffset> sent, int limit)
    {
        if (sent.Count < limit)
        {
            return null;
        }

        sent.Sort();
        return sent[sent.Count - limit];
    }
}
