using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CallWarden.Web.Screening;

/// <summary>
/// A decision's id: a UUIDv7 (RFC 9562: the time in milliseconds, then random bits) as 32 lower-case
/// hex digits, what <c>Guid.CreateVersion7(at).ToString("N")</c> gives. Its 74 random bits come from the
/// system's cryptographic generator read 4 KiB at a time per thread: <c>Guid.CreateVersion7</c> makes
/// one <c>getrandom</c> system call for each id, 0.5 µs of every screened call (issue #12 part 6).
/// </summary>
internal static class DecisionIds
{
    private const int RandomBytesPerId = 10;
    private const int BufferSize = 4096 / RandomBytesPerId * RandomBytesPerId;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    public static string Next(DateTimeOffset at)
    {
        var milliseconds = at.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds, nameof(at));

        var random = t_random;
        if (random is null || t_used == random.Length)
        {
            random = t_random ??= new byte[BufferSize];
            RandomNumberGenerator.Fill(random);
            t_used = 0;
        }

        var bits = random.AsSpan(t_used, RandomBytesPerId);
        t_used += RandomBytesPerId;

        // 48 bits of time, the version (7) over 12 random bits, the variant (10) over 62 random bits.
        Span<byte> uuid = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(uuid, milliseconds << 16);
        bits.CopyTo(uuid[6..]);
        uuid[6] = (byte)(0x70 | (uuid[6] & 0x0F));
        uuid[8] = (byte)(0x80 | (uuid[8] & 0x3F));
        bits.Clear();
        return Convert.ToHexStringLower(uuid);
    }
}
