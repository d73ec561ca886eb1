using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Claims;
using System.Security.Cryptography;

namespace CallWarden.Web.Access;

/// <summary>
/// Keys verified recently, so that the screening proxy's every request does not read the store (DESIGN
/// budget: POST /screen near a bare endpoint's throughput). Looked up by the text presented (compared
/// in constant time) rather than by its SHA-256: hashing through OpenSSL cost 0.55 µs of each screened
/// call (issue #12 part 6). An entry holds a key's text at most <see cref="Lifetime"/> past its
/// verification, until it is next presented or another key is verified. A revocation through this
/// node's API clears it at once; one made elsewhere (the CLI, another node) holds within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ApiKeyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>How often a key's use is written back to the store (its "last used"), per key and node.</summary>
    public static readonly TimeSpan UseRecordedEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, VerifiedKey> _verified = new(KeyTextComparer.Instance);
    private readonly ConcurrentDictionary<ApiKeyHash, DateTimeOffset> _useRecorded = new();

    /// <summary>The identity of <paramref name="presented"/> and its hash if it was verified within <see cref="Lifetime"/>.</summary>
    public bool TryGet(string presented, [NotNullWhen(true)] out ClaimsPrincipal? principal, out ApiKeyHash hash)
    {
        if (_verified.TryGetValue(presented, out var entry))
        {
            if (time.GetUtcNow() < entry.Until)
            {
                principal = entry.Principal;
                hash = entry.Hash;
                return true;
            }

            _verified.TryRemove(new KeyValuePair<string, VerifiedKey>(presented, entry));
        }

        principal = null;
        hash = default;
        return false;
    }

    /// <summary>Remembers a key just verified against the store, and forgets the expired ones.</summary>
    public void Add(string presented, ApiKeyHash hash, ClaimsPrincipal principal)
    {
        var now = time.GetUtcNow();
        foreach (var (text, entry) in _verified)
        {
            if (now >= entry.Until)
            {
                _verified.TryRemove(new KeyValuePair<string, VerifiedKey>(text, entry));
            }
        }

        _verified[presented] = new VerifiedKey(principal, hash, now + Lifetime);
    }

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

    private sealed record VerifiedKey(ClaimsPrincipal Principal, ApiKeyHash Hash, DateTimeOffset Until);

    /// <summary>
    /// Key texts hashed with the runtime's per-process randomised string hash and compared in constant
    /// time, so that neither a lookup's time nor crafted collisions tell anything about a verified key.
    /// </summary>
    private sealed class KeyTextComparer : IEqualityComparer<string>
    {
        public static readonly KeyTextComparer Instance = new();

        public bool Equals(string? x, string? y) =>
            x is not null && y is not null
            && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(x.AsSpan()), MemoryMarshal.AsBytes(y.AsSpan()));

        public int GetHashCode(string text) => string.GetHashCode(text.AsSpan());
    }
}
