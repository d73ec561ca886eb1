using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CallWarden.Data.Verification;

namespace CallWarden.Web.Verification;

/// <summary>
/// Six random digits, stored as an HMAC-SHA256 keyed with a random salt of the row. The hash keeps
/// the code out of backups and logs; it cannot stop someone holding a row from trying all 10⁶
/// codes, which is why a code lives minutes and a store is not to be leaked.
/// </summary>
internal static class OneTimeCode
{
    public const int Digits = 6;

    /// <summary>What a person may type around a code and still be read: a pasted code often brings spaces.</summary>
    private const int LongestInput = 32;

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(PhoneChallenge.SaltLength);

    public static byte[] Hash(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(code));

    /// <summary>
    /// Whether <paramref name="presented"/> is the code: exactly six ASCII digits, spaces around them
    /// ignored, compared in constant time. Anything else (empty, huge, other scripts' digits) is not.
    /// </summary>
    public static bool Matches(string? presented, byte[] salt, byte[] hash)
    {
        if (presented is null || presented.Length > LongestInput)
        {
            return false;
        }

        var code = presented.Trim();
        return code.Length == Digits && code.All(char.IsAsciiDigit) && CryptographicOperations.FixedTimeEquals(Hash(salt, code), hash);
    }
}
