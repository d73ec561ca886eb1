using System.Security.Claims;
using System.Text.Encodings.Web;
using CallWarden.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>Machines authenticate with <c>Authorization: ApiKey cw_…</c> or <c>X-Api-Key: cw_…</c>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<CallWardenDbContext> contexts,
    ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>The key the request presents, or null when it presents none (then the cookie judges it).</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var header) && header.Count == 1)
        {
            return header[0];
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(SchemeName.Length + 1)..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeySecret.LooksLikeKey(presented))
        {
            return AuthenticateResult.Fail("not an API key");
        }

        var hash = ApiKeySecret.Hash(presented);
        if (cache.TryGet(hash, out var known))
        {
            await RecordUseAsync(hash);
            return Success(known);
        }

        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null || !ApiKeySecret.Verify(presented, key.SecretHash))
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
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

        Claim[] verified = [.. claims];
        cache.Add(hash, verified);
        await RecordUseAsync(hash);
        return Success(verified);
    }

    /// <summary>Writes the key's "last used" for the administrators' list, at most once a minute per key (the screening proxy's requests must not each write).</summary>
    private async Task RecordUseAsync(byte[] hash)
    {
        if (cache.UseToRecord(hash) is not { } now)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        await db.ApiKeys.Where(k => k.SecretHash == hash).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }

    private static AuthenticateResult Success(Claim[] claims)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
