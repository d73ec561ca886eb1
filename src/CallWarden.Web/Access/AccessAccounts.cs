using CallWarden.Core.Numbers;
using CallWarden.Core.Text;
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
    private static readonly string DecoyHash = Hasher.HashPassword(new UserAccount { Login = "-", LoginKey = "-", PasswordHash = "-" }, "decoy password");

    /// <summary>How many logins or keys the lists return at most (the admin page says when there are more).</summary>
    public const int ListLimit = 200;

    public async Task<long> CreateUserAsync(string login, string password, AccessRole role, Carrier carrier = Carrier.Unknown, long? phone = null, CancellationToken cancellationToken = default) =>
        await TryCreateUserAsync(login, password, role, carrier, phone, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"the login '{login.Trim()}' is taken");

    /// <summary>
    /// Creates the login and returns its id; null when the login is taken: logins differing only in
    /// case or in surrounding spaces are one login (people type "Ana" for "ana").
    /// </summary>
    public async Task<long?> TryCreateUserAsync(string login, string password, AccessRole role, Carrier carrier = Carrier.Unknown, long? phone = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        if (VisibleText.Problem(login.Trim(), AccountRules.MaxLoginLength, multiline: false) is { } problem)
        {
            throw new ArgumentException("the login " + problem, nameof(login));
        }

        var trimmed = login.Trim();
        var key = UserAccount.KeyOf(login);
        var user = new UserAccount
        {
            Login = trimmed,
            LoginKey = key,
            PasswordHash = string.Empty,
            Role = role,
            CarrierCode = carrier == Carrier.Unknown ? null : carrier.Code(),
            Phone = phone,
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Users.AnyAsync(u => u.LoginKey == key, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two administrators created the same login at once: the unique index let one in.
            if (await TakenAsync(key, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            throw;
        }

        return user.Id;
    }

    /// <summary>Logins, by login, up to <see cref="ListLimit"/>; and how many there are.</summary>
    public async Task<(IReadOnlyList<UserAccount> Users, int Total)> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var total = await db.Users.CountAsync(cancellationToken).ConfigureAwait(false);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Login).Take(ListLimit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (users, total);
    }

    /// <summary>The login, whatever its case or surrounding spaces; null when there is none.</summary>
    public async Task<UserAccount?> FindUserAsync(string login, CancellationToken cancellationToken = default)
    {
        if (!AccountRules.CouldBeLogin(login))
        {
            return null;
        }

        var key = UserAccount.KeyOf(login);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.LoginKey == key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>API keys, newest first, up to <see cref="ListLimit"/>; and how many there are.</summary>
    public async Task<(IReadOnlyList<ApiKey> Keys, int Total)> ListKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var total = await db.ApiKeys.CountAsync(cancellationToken).ConfigureAwait(false);
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).Take(ListLimit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (keys, total);
    }

    private async Task<bool> TakenAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AnyAsync(u => u.LoginKey == key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the key's id and its secret, which is never shown again.</summary>
    /// <param name="business">Binds the key to a business (its scrub, issue #10 part 7).</param>
    public async Task<(long Id, string Secret)> CreateKeyAsync(
        string name, AccessRole role, IEnumerable<string> scopes, Carrier carrier = Carrier.Unknown, int? business = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (VisibleText.Problem(name.Trim(), AccountRules.MaxKeyNameLength, multiline: false) is { } problem)
        {
            // Callers check with AccountRules first; reaching here is a bug, not a user's mistake.
            throw new ArgumentException("the key name " + problem, nameof(name));
        }

        var (secret, hash) = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = name.Trim(),
            SecretHash = hash,
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            Role = role,
            CarrierCode = carrier == Carrier.Unknown ? null : carrier.Code(),
            BusinessId = business,
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

    /// <summary>The account when the password is right, else null. A disabled account is returned too: the caller refuses it.</summary>
    public async Task<UserAccount?> CheckPasswordAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var key = UserAccount.KeyOf(login);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.LoginKey == key, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new UserAccount { Login = "-", LoginKey = "-", PasswordHash = DecoyHash }, DecoyHash, password);
            return null;
        }

        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }
}
