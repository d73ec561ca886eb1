using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Access;

/// <summary>
/// Creates logins (passwords hashed with ASP.NET Core Identity's PBKDF2 hasher) and API keys (the
/// secret returned once, only its hash stored). Used by the admin endpoints and by the CLI.
/// </summary>
public sealed class AccessAccounts(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>A hash of a password nobody has, verified when the login is unknown so that both cases take as long.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(new UserAccount { Login = "-", PasswordHash = "-" }, "decoy password");

    public async Task<long> CreateUserAsync(string login, string password, AccessRole role, Carrier carrier = Carrier.Unknown, long? phone = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        var user = new UserAccount
        {
            Login = login.Trim(),
            PasswordHash = string.Empty,
            Role = role,
            CarrierCode = carrier == Carrier.Unknown ? null : carrier.Code(),
            Phone = phone,
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return user.Id;
    }

    /// <summary>Returns the key's id and its secret, which is never shown again.</summary>
    public async Task<(long Id, string Secret)> CreateKeyAsync(string name, AccessRole role, IEnumerable<string> scopes, Carrier carrier = Carrier.Unknown, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var (secret, hash) = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = name.Trim(),
            SecretHash = hash,
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            Role = role,
            CarrierCode = carrier == Carrier.Unknown ? null : carrier.Code(),
            CreatedAt = time.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (key.Id, secret);
    }

    /// <summary>True when the key existed and was not yet revoked.</summary>
    public async Task<bool> RevokeKeyAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The session subject of a staff login: <c>user:analyst</c>.</summary>
    public static string Subject(string login) => "user:" + login;

    /// <summary>
    /// Disables a login: it can no longer sign in, and every session it has ends now (on every node:
    /// each request checks its session). False when there is no such login.
    /// </summary>
    public async Task<bool> DisableUserAsync(string login, CancellationToken cancellationToken = default)
    {
        var trimmed = login.Trim();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Login == trimmed, cancellationToken).ConfigureAwait(false);
            if (user is null)
            {
                return false;
            }

            user.DisabledAt ??= time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            trimmed = user.Login;
        }

        await new SessionStore(contexts, time).EndAllAsync(Subject(trimmed), "disabled", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The account when the password is right, else null. A disabled account is returned too: the caller refuses it.</summary>
    public async Task<UserAccount?> CheckPasswordAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var trimmed = login.Trim();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Login == trimmed, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new UserAccount { Login = "-", PasswordHash = DecoyHash }, DecoyHash, password);
            return null;
        }

        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }
}
