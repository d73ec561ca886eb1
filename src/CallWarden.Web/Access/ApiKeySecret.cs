using System.Security.Cryptography;
using System.Text;

namespace CallWarden.Web.Access;

/// <summary>
/// API keys: <c>cw_</c> and 32 random bytes in base64url, shown once. Only the SHA-256 hash is
/// stored; a fast hash is enough because the secret has 256 bits of entropy, unlike a password.
/// </summary>
internal static class ApiKeySecret
{
    public const string Prefix = "cw_";
    private const int SecretBytes = 32;

    /// <summary>The longest text that can be a key: anything longer is refused before hashing.</summary>
    public const int MaxLength = 64;

    public static (string Key, byte[] Hash) Generate()
    {
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return (key, Hash(key));
    }

    public static byte[] Hash(string key) => ApiKeyHash.Of(key).ToArray();

    /// <summary>Compares in constant time, so that the time taken says nothing about how much matched.</summary>
    public static bool Verify(string presented, byte[] storedHash) =>
        LooksLikeKey(presented) && CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);

    public static bool LooksLikeKey(string? text) =>
        text is { Length: > 3 and <= MaxLength } && text.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
