using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CallWarden.Web.Access;

/// <summary>
/// The SHA-256 of a presented key as a value, computed without allocating: how the store finds the key
/// and how its uses are counted (the verified-key cache finds a key by its text).
/// </summary>
internal readonly record struct ApiKeyHash(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The hash of <paramref name="key"/>; the key must pass <see cref="ApiKeySecret.LooksLikeKey"/> (its length is bounded).</summary>
    public static ApiKeyHash Of(string key)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, ApiKeySecret.MaxLength);
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(ApiKeySecret.MaxLength)];
        var length = Encoding.UTF8.GetBytes(key, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..length], hash);
        return new ApiKeyHash(
            BinaryPrimitives.ReadUInt64BigEndian(hash),
            BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));
    }

    /// <summary>The 32 bytes as the store keeps them (<c>api_keys.secret_hash</c>).</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[SHA256.HashSizeInBytes];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16), C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24), D);
        return bytes;
    }
}
