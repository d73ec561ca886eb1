using System.Globalization;
using CallWarden.Core.Text;
using PhoneNumbers;

namespace CallWarden.Core.Numbers;

/// <summary>
/// Turns a number as typed, spoken or signalled into a <see cref="PhoneNumber"/>. The common
/// shapes go through a hand-written scanner over automata compiled from libphonenumber's own
/// metadata (tens of nanoseconds, no allocation); every other shape goes to libphonenumber itself.
/// Inputs libphonenumber rejects are then checked against <see cref="ShortNumberRules"/>.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    /// <summary>Regions a caller may dial from; others are refused with a clear error.</summary>
    public static IReadOnlySet<string> SupportedRegions { get; } = PhoneNumberUtil.GetInstance().GetSupportedRegions();

    public static PhoneNumberNormalizer Default { get; } = new();

    private readonly LibPhoneNumberClassifier _reference = new();
    private readonly FastNumberClassifier _fast = FastNumberClassifier.Shared;

    /// <summary>Normalises <paramref name="text"/> dialled in <paramref name="region"/> (ISO 3166 code, e.g. CN, US).</summary>
    /// <exception cref="ArgumentException">The region is not a supported ISO 3166 region code.</exception>
    public PhoneNumber Normalize(ReadOnlySpan<char> text, string region = "CN")
    {
        if (_fast.TryClassify(text, region, out var number))
        {
            return number;
        }

        // new string(text), not text.ToString(): an instance call takes the span's address, which kept
        // every caller's span in memory, written as 4 bytes and read back as 8 for the call: a failed
        // store-to-load forward on each number (1.5–4 ns, issue #12 part 6).
        return NormalizeSlow(new string(text), region);
    }

    /// <summary>The same answer as <see cref="Normalize"/> without the fast path: the reference.</summary>
    public PhoneNumber NormalizeSlow(string text, string region = "CN")
    {
        if (!SupportedRegions.Contains(region))
        {
            throw new ArgumentException($"Unknown region '{region}': use an ISO 3166 code such as CN or US.", nameof(region));
        }

        if (text.Length > MaxInputLength)
        {
            return PhoneNumber.Invalid;
        }

        if (HasSignOrInvisible(text))
        {
            return PhoneNumber.Invalid;
        }

        if (ShortNumberRules.IsAnonymous(text))
        {
            return PhoneNumber.Anonymous;
        }

        var number = _reference.Classify(text, region);
        if (number.IsValid)
        {
            return number;
        }

        var digits = ShortNumberDigits(text);
        return digits is null
            ? PhoneNumber.Invalid
            : ShortNumberRules.Classify(digits, region, PhoneNumberUtil.GetInstance().GetCountryCodeForRegion(region));
    }

    /// <summary>Longer input is never a phone number (libphonenumber's own limit is 250).</summary>
    public const int MaxInputLength = 250;

    /// <summary>
    /// libphonenumber skips whatever precedes the first digit and drops characters it does not know,
    /// so <c>-13912345678</c> and a number with a zero-width space inside were valid; a number as
    /// people write it has neither (issue #9 item 7).
    /// </summary>
    private static bool HasSignOrInvisible(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] is '+' or '＋')
        {
            start = start[1..].TrimStart();
        }

        if (start.Length > 0 && start[0] is '-' or '\u2212' or '\uFF0D' or '\uFE63' or '\u2010' or '\u2011')
        {
            return true;
        }

        foreach (var c in text)
        {
            if (VisibleText.IsHidden(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The digits of a short number written with nothing but digits and separators.</summary>
    private static string? ShortNumberDigits(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsDigit(c) || c is ' ' or '-' or '\u3000'))
            {
                return null;
            }
        }

        var digits = PhoneNumberUtil.NormalizeDigitsOnly(text);
        return digits.Length == 0 ? null : digits;
    }
}
