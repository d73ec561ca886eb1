using System.Globalization;

namespace CallWarden.Core.Numbers;

/// <summary>
/// A normalised phone number: E.164 digits as a 64-bit integer (<c>+8613912345678</c> →
/// 8613912345678) and its kind. Short codes are stored as country code + digits
/// (<c>12321</c> in CN → 8612321) so that every number has one integer key.
/// </summary>
public readonly record struct PhoneNumber(long E164, NumberKind Kind)
{
    public static readonly PhoneNumber Invalid = new(0, NumberKind.Invalid);
    public static readonly PhoneNumber Anonymous = new(0, NumberKind.Anonymous);

    /// <summary>True when the number identifies a line (anything but invalid and withheld).</summary>
    public bool IsValid => Kind is not (NumberKind.Invalid or NumberKind.Anonymous);

    /// <summary>The E.164 text with its plus sign, or the empty string when there is no number.</summary>
    public string ToE164String() => E164 == 0 ? string.Empty : "+" + E164.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => IsValid ? ToE164String() : Kind.ToString();
}
