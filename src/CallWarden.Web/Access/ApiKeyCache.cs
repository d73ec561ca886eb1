using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>How often a key's use is written back to the store (its "last used"), per key and node.</summary>
    public static readonly TimeSpan UseRecordedEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<ApiKeyHash, (ClaimsPrincipal Principal, DateTimeOffset Until)> _verified = new();
    private readonly ConcurrentDictionary<ApiKeyHash, DateTimeOffset> _useRecorded = new();

    public bool TryGet(ApiKeyHash hash, [NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        if (_verified.TryGetValue(hash, out var entry) && time.GetUtcNow() < entry.Until)
        {
            principal = entry.Principal;
            return true;
        }

        principal = null;
        return false;
    }

    public void Add(ApiKeyHash hash, ClaimsPrincipal principal) => _verified[hash] = (principal, time.GetUtcNow() + Lifetime);

    public void Clear() => _verified.Clear();

    /// <summary>
    /// The time to record as the key's last use when it is due (never recorded on this node, or at least
    /// <see cref="UseRecordedEvery"/> ago); null otherwise. Of two requests that race, one wins.
    /// </summary>
    public DateTimeOffset? UseToRecord(ApiKeyHash key)
    {
        var now = time.GetUtcNow();
        if (!_useRecorded.TryGetValue(key, out var last))
        {
            return _useRecorded.TryAdd(key, now) ? now : null;
        }

        return now - last >= UseRecordedEvery && _useRecorded.TryUpdate(key, now, last) ? now : null;
    }
}
