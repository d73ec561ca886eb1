using System.Globalization;
using System.Security.Claims;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;

namespace CallWarden.Web.Access;

/// <summary>Who is calling, read once from the principal the authentication handlers built.</summary>
internal sealed record Caller(string Id, string Role, Carrier Carrier, long? Phone, bool IsKey, IReadOnlySet<string> Scopes)
{
    public static Caller Anonymous { get; } = new("anonymous", string.Empty, Carrier.Unknown, null, false, new HashSet<string>());

    public bool IsAuthenticated => Role.Length > 0;

    /// <summary>The business a key is bound to; null for every other caller.</summary>
    public int? Business { get; private init; }

    /// <summary>
    /// Whose idempotency keys a request carries: the API key by its id (two keys may share a name), or the
    /// signed-in person's subject (<c>user:ann</c>, <c>phone:+8613912345678</c>). Null for nobody.
    /// </summary>
    public string? Submitter { get; private init; }

    /// <summary>Staff who see every case and reporters' full numbers on request.</summary>
    public bool IsCentre => Role is Roles.Analyst or Roles.Administrator;

    /// <summary>Anyone who works cases: the centre, a carrier's desk, the police liaison.</summary>
    public bool IsStaff => Role is Roles.Analyst or Roles.Administrator or Roles.CarrierOperator or Roles.PoliceLiaison;

    public static Caller From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        CarrierNames.TryParseCode(user.FindFirstValue(CallerClaims.Carrier), out var carrier);
        long? phone = long.TryParse(user.FindFirstValue(CallerClaims.Phone), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var isKey = user.FindFirstValue(CallerClaims.Kind) == "key";
        return new Caller(
            id,
            user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
            carrier,
            phone,
            isKey,
            user.FindAll(CallerClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal))
        {
            Submitter = isKey ? "key:#" + user.FindFirstValue(CallerClaims.Key) : id,
            Business = isKey && int.TryParse(user.FindFirstValue(CallerClaims.Business), NumberStyles.None, CultureInfo.InvariantCulture, out var business) ? business : null,
        };
    }

    /// <summary>True when the caller has one of <paramref name="roles"/> and, for a key, the scope.</summary>
    public bool May(string scope, params ReadOnlySpan<string> roles) => roles.Contains(Role) && (!IsKey || Scopes.Contains(scope));

    /// <summary>The actor case transitions are recorded under.</summary>
    public Actor ToActor() => new(Id, Role == Roles.CarrierOperator ? ActorRole.CarrierOperator : ActorRole.Analyst, Carrier);
}
