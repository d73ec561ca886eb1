using CallWarden.Data;
using CallWarden.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>
/// Slows down guessing one login's password from many addresses (issue #9 part 5; the per-address
/// limit is <see cref="RateLimits.Login"/>). After <see cref="WebOptions.LoginFailuresBeforeBackoff"/>
/// wrong passwords in a row no password of that login is checked for <see cref="WebOptions.LoginBackoff"/>,
/// doubling with each further failure up to <see cref="WebOptions.LoginBackoffMax"/>. The count lives
/// in the store, so every node of a deployment sees it; it is kept for any login typed, so a locked
/// answer tells nobody whether the login exists. A right password ends the count.
/// </summary>
internal sealed class LoginBackoff(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, IOptions<WebOptions> options)
{
    /// <summary>Failures older than this are forgotten: the next one counts from one again.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    /// <summary>How long the login stays locked from now; null when a password may be checked.</summary>
    public async Task<TimeSpan?> LockedForAsync(string login, CancellationToken cancellationToken)
    {
        var key = UserAccount.KeyOf(login);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var until = await db.LoginFailures.AsNoTracking().Where(f => f.LoginKey == key).Select(f => f.LockedUntil).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return until > now ? until.Value - now : null;
    }

    /// <summary>Counts a wrong password; returns how long the login is now locked, null when not yet.</summary>
    public async Task<TimeSpan?> FailedAsync(string login, CancellationToken cancellationToken)
    {
        var key = UserAccount.KeyOf(login);
        var now = time.GetUtcNow();
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var failures = await db.LoginFailures.FirstOrDefaultAsync(f => f.LoginKey == key, cancellationToken).ConfigureAwait(false);
            if (failures is null)
            {
                failures = new LoginFailures { LoginKey = key };
                db.LoginFailures.Add(failures);
            }

            failures.Count = now - failures.LastFailureAt > Memory ? 1 : failures.Count + 1;
            failures.LastFailureAt = now;
            var beyond = failures.Count - settings.LoginFailuresBeforeBackoff;
            failures.LockedUntil = beyond >= 0 ? now + Lock(beyond, settings) : null;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return failures.LockedUntil - now;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another node counted the first failure of this login at the same moment: count again on its row.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The right password: the count starts again.</summary>
    public async Task SucceededAsync(string login, CancellationToken cancellationToken)
    {
        var key = UserAccount.KeyOf(login);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.LoginFailures.Where(f => f.LoginKey == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets counts whose last failure is older than <see cref="Memory"/> and whose lock has ended (run by the sweeps).</summary>
    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - Memory;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LoginFailures.Where(f => f.LastFailureAt < before && (f.LockedUntil == null || f.LockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first lock, doubled for each failure beyond it, never longer than the most.</summary>
    private static TimeSpan Lock(int beyond, WebOptions settings)
    {
        var doubled = settings.LoginBackoff * Math.Pow(2, Math.Min(beyond, 20));
        return doubled < settings.LoginBackoffMax ? doubled : settings.LoginBackoffMax;
    }
}
