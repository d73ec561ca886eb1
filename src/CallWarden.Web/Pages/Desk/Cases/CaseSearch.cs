using System.Text.RegularExpressions;
using CallWarden.Core.Numbers;
using CallWarden.Web.Site;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// What the queue's one search box was given: a reported number in any form the number parser
/// accepts, a number range (national digits ending in <c>*</c>, <c>170 1234*</c>), or a report
/// reference (<c>R20261128-000123</c>). Anything else is <see cref="Invalid"/>.
/// </summary>
internal sealed partial record CaseSearch(PhoneNumber? Number, string? Prefix, string? Reference)
{
    public const int MaxLength = 64;

    public static CaseSearch Invalid { get; } = new(null, null, null);

    public bool IsValid => Number is not null || Prefix is not null || Reference is not null;

    public static CaseSearch Parse(string text)
    {
        var typed = TypedDigits.Ascii(text);
        if (ReferenceShape().IsMatch(typed))
        {
            return new(null, null, typed.ToUpperInvariant());
        }

        if (typed.EndsWith('*'))
        {
            // Separators as people write ranges (170 1234*, 170-1234*); at least three digits so a range stays a range.
            var digits = typed[..^1].Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            return digits.Length is >= 3 and <= 11 && digits.All(char.IsAsciiDigit) && digits[0] != '0' ? new(null, digits, null) : Invalid;
        }

        var number = PhoneNumberNormalizer.Default.Normalize(typed);
        return number.IsValid ? new(number, null, null) : Invalid;
    }

    /// <summary>The E.164 values (as stored) a range covers: for each national length from the prefix's up to 11 digits, one interval.</summary>
    public IEnumerable<(long From, long To)> Ranges()
    {
        if (Prefix is null)
        {
            yield break;
        }

        var prefix = long.Parse(Prefix, System.Globalization.CultureInfo.InvariantCulture);
        for (var length = Prefix.Length; length <= 11; length++)
        {
            var scale = (long)Math.Pow(10, length - Prefix.Length);
            var country = 86 * (long)Math.Pow(10, length);
            yield return (country + (prefix * scale), country + ((prefix + 1) * scale) - 1);
        }
    }

    [GeneratedRegex(@"^[Rr]\d{8}-\d{6,9}$")]
    private static partial Regex ReferenceShape();
}
