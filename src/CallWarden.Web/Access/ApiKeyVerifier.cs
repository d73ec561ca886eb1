using System.Security.Claims;
using CallWarden.Data;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Access;

/// <summary>
/// Checks a presented API key: its shape, then the keys verified recently (<see cref="ApiKeyCache"/>),
/// then the store; records its use at most once a minute. The authentication handler and the
/// screening lane (<see cref="Screening.ScreenLane"/>) both ask it, so a key means the same on both ways in.
/// </summary>
internal sealed class ApiKeyVerifier(IDbContextFactory<CallWardenDbContext> contexts, ApiKeyCache cache)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The key's identity, or null with the reason for the log.</summary>
    public async ValueTask<(ClaimsPrincipal? Principal, string? Failure)> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.LooksLikeKey(presented))
        {
            return (null, "not an API key");
        }

        if (cache.TryGet(presented, out var known, out var knownHash))
        {
            await RecordUseIfDueAsync(knownHash, cancellationToken);
            return (known, null);
        }

        var hash = ApiKeyHash.Of(presented);
        var stored = hash.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == stored, cancellationToken);
        if (key is null || key.RevokedAt is not null || !ApiKeySecret.Verify(presented, key.SecretHash))
        {
            return (null, "unknown or revoked API key");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, $"key:{key.Name}"),
            new(ClaimTypes.Role, key.Role.ToRole()),
            new(CallerClaims.Kind, "key"),
            new(CallerClaims.Key, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(CallerClaims.Scope, s)),
        ];
        if (key.CarrierCode is { } carrier)
        {
            claims.Add(new Claim(CallerClaims.Carrier, carrier));
        }

        if (key.BusinessId is { } business)
        {
            claims.Add(new Claim(CallerClaims.Business, business.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        // One principal per verified key, shared by its requests until the cache forgets it: nothing mutates it.
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        cache.Add(presented, hash, principal);
        await RecordUseIfDueAsync(hash, cancellationToken);
        return (principal, null);
    }

    /// <summary>Writes the key's "last used" for the administrators' list, at most once a minute per key (the screening proxy's requests must not each write).</summary>
    private ValueTask RecordUseIfDueAsync(ApiKeyHash hash, CancellationToken cancellationToken) =>
        cache.UseToRecord(hash) is { } now ? new ValueTask(RecordUseAsync(hash, now, cancellationToken)) : ValueTask.CompletedTask;

    private async Task RecordUseAsync(ApiKeyHash hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = hash.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ApiKeys.Where(k => k.SecretHash == stored).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }
}
