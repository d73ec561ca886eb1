using System.Globalization;
using PhoneNumbers;
using LibNumber = PhoneNumbers.PhoneNumber;

namespace CallWarden.Core.Numbers;

/// <summary>
/// The reference classification: libphonenumber's Parse + IsValidNumber + GetNumberType, mapped to
/// <see cref="NumberKind"/>. It handles every input shape and is the oracle the fast path is tested
/// against; it costs microseconds and allocates, so the hot path only comes here for rare shapes.
/// </summary>
internal sealed class LibPhoneNumberClassifier
{
    private readonly PhoneNumberUtil _util = PhoneNumberUtil.GetInstance();

    public PhoneNumber Classify(string text, string region)
    {
        LibNumber parsed;
        try
        {
            parsed = _util.Parse(text, region);
        }
        catch (NumberParseException)
        {
            return PhoneNumber.Invalid;
        }

        if (!_util.IsValidNumber(parsed))
        {
            return PhoneNumber.Invalid;
        }

        var e164 = long.Parse(_util.Format(parsed, PhoneNumberFormat.E164).AsSpan(1), CultureInfo.InvariantCulture);
        if (parsed.CountryCode != _util.GetCountryCodeForRegion(region))
        {
            return new PhoneNumber(e164, NumberKind.International);
        }

        return new PhoneNumber(e164, Map(_util.GetNumberType(parsed)));
    }

    internal static NumberKind Map(PhoneNumberType type) => type switch
    {
        PhoneNumberType.MOBILE => NumberKind.Mobile,
        PhoneNumberType.FIXED_LINE => NumberKind.FixedLine,
        PhoneNumberType.FIXED_LINE_OR_MOBILE => NumberKind.FixedLineOrMobile,
        PhoneNumberType.TOLL_FREE => NumberKind.TollFree,
        PhoneNumberType.SHARED_COST => NumberKind.SharedCost,
        PhoneNumberType.PREMIUM_RATE => NumberKind.PremiumRate,
        PhoneNumberType.VOIP => NumberKind.Voip,
        PhoneNumberType.PERSONAL_NUMBER => NumberKind.PersonalNumber,
        PhoneNumberType.PAGER => NumberKind.Pager,
        PhoneNumberType.UAN => NumberKind.Uan,
        PhoneNumberType.VOICEMAIL => NumberKind.Voicemail,
        _ => NumberKind.Invalid,
    };
}
