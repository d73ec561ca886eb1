namespace CallWarden.Core.Screening;

/// <summary>The decimal digits of an E.164 value, most significant first, without allocating.</summary>
internal static class E164Digits
{
    /// <summary>Digits in the longest key a <see cref="Numbers.PhoneNumber"/> holds (18 for SMS ports).</summary>
    public const int MaxDigits = 19;

    /// <summary>Writes the digits of <paramref name="value"/> (positive) into <paramref name="digits"/>; returns how many.</summary>
    public static int Write(long value, Span<byte> digits)
    {
        var count = Count(value);
        for (var i = count - 1; i >= 0; i--)
        {
            var next = value / 10;
            digits[i] = (byte)(value - (next * 10));
            value = next;
        }

        return count;
    }

    public static int Count(long value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }
}
