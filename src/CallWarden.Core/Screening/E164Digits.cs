namespace CallWarden.Core.Screening;

/// <summary>The decimal digits of an E.164 value, most significant first, without allocating.</summary>
internal static class E164Digits
{
    /// <summary>Digits in the longest key a <see cref="Numbers.PhoneNumber"/> holds (18 for SMS ports).</summary>
    public const int MaxDigits = 19;

    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, MaxDigits).Select(i => (long)Math.Pow(10, i))];

    /// <summary>Writes the digits of <paramref name="value"/> (positive) into <paramref name="digits"/>; returns how many.</summary>
    public static int Write(long value, Span<byte> digits)
    {
        var count = Count(value);

        // Two digits per division halves the chain of dependent divisions.
        var i = count;
        while (i >= 2)
        {
            var next = value / 100;
            var pair = (int)(value - (next * 100));
            digits[--i] = (byte)(pair % 10);
            digits[--i] = (byte)(pair / 10);
            value = next;
        }

        if (i == 1)
        {
            digits[0] = (byte)value;
        }

        return count;
    }

    public static int Count(long value)
    {
        var count = 1;
        while (count < MaxDigits && value >= PowersOfTen[count])
        {
            count++;
        }

        return count;
    }
}
