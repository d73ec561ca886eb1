using PhoneNumbers;
using LibNumber = PhoneNumbers.PhoneNumber;

namespace CallWarden.Core.Numbers;

/// <summary>
/// A number as people of the dialling region write it, for pages and replies: a number of that
/// country in its national format (<c>139 1234 5678</c>, <c>010 6234 5678</c>), a short code as its
/// digits (<c>95588</c>, <c>110</c>), a number of another country in the international format
/// (<c>+1 202-555-0123</c>). libphonenumber does the formatting: for display, not for the hot path.
/// </summary>
public static class PhoneNumberDisplay
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The written form of <paramref name="number"/>; the empty string when there is no number.</summary>
    public static string Written(PhoneNumber number)
    {
        if (!number.IsValid)
        {
            return string.Empty;
        }

        LibNumber parsed;
        try
        {
            parsed = Util.Parse(number.ToE164String(), "ZZ");
        }
        catch (NumberParseException)
        {
            return number.ToE164String();
        }

        return number.Kind switch
        {
            // Short codes are stored behind their country code (8695588) but dialled without it.
            NumberKind.Service or NumberKind.Emergency or NumberKind.SmsPort => Util.GetNationalSignificantNumber(parsed),
            NumberKind.International => Util.Format(parsed, PhoneNumberFormat.INTERNATIONAL),
            _ => Util.Format(parsed, PhoneNumberFormat.NATIONAL),
        };
    }
}
