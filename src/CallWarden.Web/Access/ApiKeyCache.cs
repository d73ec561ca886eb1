using System.Collections.Concurrent;
using System.Security.Claims;

namespace CallWarden.Web.Access;

/// <summary>
/// Keys verified recently, by hash, so that the screening proxy's every request does not read the
/// store (DESIGN budget: POST /screen near a bare endpoint's throughput). A revocation through this
/// node's API clears it at once; one made elsewhere (the CLI, another node) holds within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ApiKeyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (Claim[] Claims, DateTimeOffset Until)> _verified = new(StringComparer.Ordinal);

    public bool TryGet(byte[] hash, out Claim[] claims)
    {
        if (_verified.TryGetValue(Convert.ToHexString(hash), out var entry) && time.GetUtcNow() < entry.Until)
        {
            claims = entry.Claims;
            return true;
        }

        claims = [];
        return false;
    }

    public void Add(byte[] hash, Claim[] claims) => _verified[Convert.ToHexString(hash)] = (claims, time.GetUtcNow() + Lifetime);

    public void Clear() => _verified.Clear();
}
