using System.Globalization;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>
/// Reads a subscriber's contact as people write it (<c>13800001111</c>, <c>138 0000 1111</c>,
/// <c>+86 138-0000-1111</c>, <c>0086…</c>) into the E.164 value the engine compares callers with,
/// through the same normaliser every other number goes through (issue #14: contacts written
/// nationally were stored as they were and never matched a caller, so contacts-only blocked them).
/// </summary>
public static class ContactNumbers
{
    /// <summary>A contact as written, in the subscriber's <paramref name="region"/>.</summary>
    /// <returns>False when the text is no line a caller could call from.</returns>
    public static bool TryRead(string? written, string region, out long e164)
    {
        e164 = 0;
        if (string.IsNullOrWhiteSpace(written))
        {
            return false;
        }

        var number = PhoneNumberNormalizer.Default.Normalize(written, region);
        if (!number.IsValid)
        {
            return false;
        }

        e164 = number.E164;
        return true;
    }

    /// <summary>
    /// A contact given as a bare integer: the E.164 value the rules are stored and listed with when
    /// it carries the region's country code, else the national number a person typed; a number of
    /// another country that is not valid in the region is read as E.164.
    /// </summary>
    public static bool TryRead(long digits, string region, out long e164)
    {
        e164 = 0;
        if (digits <= 0)
        {
            return false;
        }

        var text = digits.ToString(CultureInfo.InvariantCulture);
        if (text.StartsWith(DialingPlan.For(region).CountryCode, StringComparison.Ordinal) && TryRead("+" + text, region, out e164))
        {
            return true;
        }

        return TryRead(text, region, out e164) || TryRead("+" + text, region, out e164);
    }
}
