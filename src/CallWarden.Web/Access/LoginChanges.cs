using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Access;

/// <summary>
/// What an administrator does to an existing login (issue #8 item 5): disable it, enable it again,
/// change its role or carrier. Each change is written to <see cref="CallWardenDbContext.AccountAudit"/>
/// with the change itself, and a disabled or changed login's sessions end at once: their cookies
/// carry the old role and carrier. The admin page and the API both come here.
/// </summary>
public sealed class LoginChanges(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
{
    /// <summary>How many changes <see cref="HistoryAsync"/> returns at most.</summary>
    public const int HistoryLimit = 50;

    public Task<LoginChangeOutcome> DisableAsync(string login, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(login, actor, "disabled", user =>
        {
            if (user.DisabledAt is not null)
            {
                return null;
            }

            user.DisabledAt = time.GetUtcNow();
            return (AccountChange.Disabled, null, null);
        }, cancellationToken);

    /// <summary>Lets a disabled login sign in again; its old sessions stay ended.</summary>
    public Task<LoginChangeOutcome> EnableAsync(string login, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(login, actor, null, user =>
        {
            if (user.DisabledAt is null)
            {
                return null;
            }

            user.DisabledAt = null;
            return (AccountChange.Enabled, null, null);
        }, cancellationToken);

    /// <summary>Gives the login another role or carrier; the caller has checked the pair with <see cref="AccountRules.CheckAccess"/>.</summary>
    public Task<LoginChangeOutcome> ChangeAccessAsync(string login, AccessRole role, Carrier carrier, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(login, actor, "access changed", user =>
        {
            var code = carrier == Carrier.Unknown ? null : carrier.Code();
            if (user.Role == role && user.CarrierCode == code)
            {
                return null;
            }

            var before = Access(user.Role, user.CarrierCode);
            (user.Role, user.CarrierCode) = (role, code);
            return (AccountChange.AccessChanged, before, Access(role, code));
        }, cancellationToken);

    /// <summary>The login's changes, newest first.</summary>
    public async Task<IReadOnlyList<AccountAuditRecord>> HistoryAsync(string login, CancellationToken cancellationToken = default)
    {
        var key = UserAccount.KeyOf(login);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.AccountAudit.AsNoTracking().Where(a => a.LoginKey == key)
            .OrderByDescending(a => a.Id).Take(HistoryLimit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A role and carrier as the audit keeps them: <c>analyst</c>, <c>carrier_operator:china_unicom</c>.</summary>
    public static string Access(AccessRole role, string? carrierCode) => carrierCode is null ? role.ToRole() : role.ToRole() + ":" + carrierCode;

    /// <param name="endSessions">Why the login's sessions end, or null to leave them.</param>
    /// <param name="apply">Changes the account and says what to audit, or null when it already was so.</param>
    private async Task<LoginChangeOutcome> ChangeAsync(
        string login, string actor, string? endSessions, Func<UserAccount, (AccountChange Change, string? From, string? To)?> apply, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!AccountRules.CouldBeLogin(login))
        {
            return LoginChangeOutcome.NotFound;
        }

        var key = UserAccount.KeyOf(login);
        string subject;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.LoginKey == key, cancellationToken).ConfigureAwait(false);
            if (user is null)
            {
                return LoginChangeOutcome.NotFound;
            }

            subject = AccessAccounts.Subject(user.Login);
            if (string.Equals(subject, actor, StringComparison.OrdinalIgnoreCase))
            {
                return LoginChangeOutcome.OwnLogin;
            }

            if (apply(user) is not { } change)
            {
                return LoginChangeOutcome.Unchanged;
            }

            db.AccountAudit.Add(new AccountAuditRecord
            {
                Login = user.Login,
                LoginKey = key,
                Actor = actor,
                At = time.GetUtcNow(),
                Change = change.Change,
                From = change.From,
                To = change.To,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        if (endSessions is not null)
        {
            await new SessionStore(contexts, time).EndAllAsync(subject, endSessions, cancellationToken).ConfigureAwait(false);
        }

        return LoginChangeOutcome.Changed;
    }
}
