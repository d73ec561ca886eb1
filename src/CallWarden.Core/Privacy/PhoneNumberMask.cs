using System.Globalization;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Privacy;

/// <summary>
/// Masks a reporter's number for everyone who does not need it (DESIGN.md: privacy rules). A CN mobile
/// keeps its first three and last four digits, the way carriers print it (<c>139****5678</c>); any other
/// number keeps its country code and last four digits (<c>+1******0123</c>), a short one the last half.
/// </summary>
public static class PhoneNumberMask
{
    public static string Mask(PhoneNumber number)
    {
        if (number.E164 <= 0)
        {
            return "****";
        }

        var digits = number.E164.ToString(CultureInfo.InvariantCulture);
        if (digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal))
        {
            var mobile = digits[2..];
            return string.Concat(mobile.AsSpan(0, 3), "****", mobile.AsSpan(7));
        }

        var countryCode = CountryCodeLength(digits);
        var national = digits.Length - countryCode;
        var keep = national >= 8 ? 4 : national / 2;
        var hidden = national - keep;
        return hidden <= 0
            ? "+" + new string('*', digits.Length)
            : string.Concat("+", digits.AsSpan(0, countryCode), new string('*', hidden), digits.AsSpan(digits.Length - keep));
    }

    private static int CountryCodeLength(string digits)
    {
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        for (var length = 1; length <= 3 && length < digits.Length; length++)
        {
            if (util.GetRegionCodeForCountryCode(int.Parse(digits.AsSpan(0, length), CultureInfo.InvariantCulture)) != "ZZ")
            {
                return length;
            }
        }

        return 0;
    }
}
