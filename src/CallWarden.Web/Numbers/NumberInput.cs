using CallWarden.Core.Numbers;

namespace CallWarden.Web.Numbers;

/// <summary>A number someone typed into a lookup (the API's path, the page's box or address): one rule for both.</summary>
internal static class NumberInput
{
    /// <summary>Longer text is no phone number; the page's box takes no more either.</summary>
    public const int MaxLength = 64;

    /// <summary>The number, or <see cref="PhoneNumber.Invalid"/> for empty, overlong or unreadable text and for a withheld caller.</summary>
    public static PhoneNumber Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return PhoneNumber.Invalid;
        }

        var number = PhoneNumberNormalizer.Default.Normalize(text);
        return number.IsValid ? number : PhoneNumber.Invalid;
    }

    /// <summary>
    /// The text that names <paramref name="number"/> in an address and parses back to it: its E.164
    /// form (<c>+8613912345678</c>), but a short code's digits (<c>95588</c>), whose stored form
    /// (<c>+8695588</c>) is no number anyone dials and does not parse back.
    /// </summary>
    public static string Canonical(PhoneNumber number) =>
        number.Kind is NumberKind.Service or NumberKind.Emergency or NumberKind.SmsPort ? PhoneNumberDisplay.Written(number) : number.ToE164String();
}
