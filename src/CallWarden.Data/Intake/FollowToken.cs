using System.Security.Cryptography;
using System.Text;

namespace CallWarden.Data.Intake;

/// <summary>
/// The proof that follows a report without a phone to send a code to (a mail, an API client's reporter):
/// 256 random bits handed out once, in the receipt; only their SHA-256 is stored (issue #9).
/// </summary>
public static class FollowToken
{
    internal static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when <paramref name="token"/> is the one whose hash was stored; in time independent of where they differ.</summary>
    public static bool Matches(string? token, string? storedHash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 128 && storedHash is { Length: 64 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
