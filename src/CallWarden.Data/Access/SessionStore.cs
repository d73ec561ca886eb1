using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Access;

/// <summary>
/// Server-side sessions: <see cref="StartAsync"/> at sign-in, <see cref="IsOpenAsync"/> on every
/// request that carries a session cookie, <see cref="EndAsync"/> at logout, <see cref="EndAllAsync"/>
/// when a login is disabled. A session slides: each use (at most once a minute) moves its end.
/// </summary>
public sealed class SessionStore(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
{
    /// <summary>How often a use is written back; between writes a session still slides by at most this much less.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private const int TokenBytes = 32;

    /// <summary>Opens a session for <paramref name="subject"/> and returns its token (the cookie's secret).</summary>
    public async Task<string> StartAsync(string subject, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Sessions.Add(new SessionRecord { TokenHash = SHA256.HashData(token), Subject = subject, CreatedAt = now, LastSeenAt = now, ExpiresAt = now + lifetime });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>True when the token names a session that was neither ended nor left unused past its end; slides it.</summary>
    public async Task<bool> IsOpenAsync(string? token, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        if (Hash(token) is not { } hash)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.TokenHash == hash)
            .Select(s => new { s.Id, s.EndedAt, s.ExpiresAt, s.LastSeenAt })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (session is null || session.EndedAt is not null || session.ExpiresAt <= now)
        {
            return false;
        }

        if (now - session.LastSeenAt >= TouchInterval)
        {
            await db.Sessions.Where(s => s.Id == session.Id && s.EndedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.ExpiresAt, now + lifetime), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Ends the session of <paramref name="token"/>; false when there was no open one.</summary>
    public async Task<bool> EndAsync(string? token, string reason, CancellationToken cancellationToken = default)
    {
        if (Hash(token) is not { } hash)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Sessions.Where(s => s.TokenHash == hash && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>Ends every open session of <paramref name="subject"/>; returns how many.</summary>
    public async Task<int> EndAllAsync(string subject, string reason, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Sessions.Where(s => s.Subject == subject && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored form of a token; null for anything that is not a token this store issued.</summary>
    private static byte[]? Hash(string? token)
    {
        if (token is not { Length: > 0 and <= 64 } || !Base64Url.IsValid(token, out var length) || length != TokenBytes)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[TokenBytes];
        return Base64Url.TryDecodeFromChars(token, bytes, out var written) && written == TokenBytes ? SHA256.HashData(bytes) : null;
    }
}
