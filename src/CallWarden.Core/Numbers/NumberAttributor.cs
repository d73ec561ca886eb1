using System.Collections.Concurrent;
using PhoneNumbers;
using LibNumber = PhoneNumbers.PhoneNumber;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Numbers;

/// <summary>
/// Tells who runs a number (carrier) and where it is registered (province, city), from
/// libphonenumber's carrier and geocoder data, with the operator's override table winning over the
/// carrier data because numbers keep their prefix when they are ported to another carrier.
/// </summary>
/// <remarks>
/// libphonenumber costs microseconds per number: this is for intake, case routing and display,
/// not for the screening hot path. Thread-safe.
/// </remarks>
public sealed class NumberAttributor
{
    private const int ChinaCountryCode = 86;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberToCarrierMapper CarrierMapper = PhoneNumberToCarrierMapper.GetInstance();
    private static readonly PhoneNumberOfflineGeocoder Geocoder = PhoneNumberOfflineGeocoder.GetInstance();

    // libphonenumber's simplified data files are plain "zh"; it has traditional carrier names
    // (zh_Hant) only for some countries and no traditional geocoding for +86 at all.
    private static readonly Locale Simplified = new("zh", "");
    private static readonly Locale Traditional = new("zh", "TW");

    /// <summary>The geocoder has a few hundred distinct descriptions per language: split and convert each once.</summary>
    private static readonly ConcurrentDictionary<(string Description, DisplayLanguage Language), ChinaPlace?> Places = new();

    /// <summary>An attributor without overrides.</summary>
    public static NumberAttributor Default { get; } = new();

    private readonly CarrierOverrides _overrides;

    public NumberAttributor(CarrierOverrides? overrides = null)
    {
        _overrides = overrides ?? CarrierOverrides.Empty;
    }

    /// <summary>
    /// Attributes <paramref name="number"/>. Invalid numbers and withheld callers get
    /// <see cref="NumberAttribution.None"/>; numbers of other countries get their country and, when
    /// libphonenumber names one, their carrier as <see cref="Carrier.Other"/>, never a province.
    /// </summary>
    public NumberAttribution Attribute(PhoneNumber number, DisplayLanguage language = DisplayLanguage.ZhHans)
    {
        if (!number.IsValid)
        {
            return NumberAttribution.None;
        }

        var parsed = Parse(number);
        var raw = parsed is null ? null : NullIfEmpty(CarrierMapper.GetNameForNumber(parsed, Locale.English));

        Carrier carrier;
        CarrierSource source;
        if (_overrides.TryGet(number.E164, out var overridden))
        {
            (carrier, source) = (overridden, CarrierSource.Override);
        }
        else
        {
            carrier = CarrierNames.FromLibPhoneNumberName(raw);
            source = carrier == Carrier.Unknown ? CarrierSource.None : CarrierSource.LibPhoneNumber;
        }

        var carrierName = parsed is not null && carrier == Carrier.Other && source == CarrierSource.LibPhoneNumber
            ? NullIfEmpty(CarrierMapper.GetNameForNumber(parsed, ToLocale(language))) ?? raw
            : carrier.DisplayName(language);

        var place = parsed?.CountryCode == ChinaCountryCode ? Place(parsed, language) : null;
        var country = parsed is null ? null : Util.GetRegionCodeForNumber(parsed);
        return new NumberAttribution(
            carrier,
            carrierName,
            raw,
            source,
            place?.Province.Code,
            place?.Province.Name(language),
            place?.City,
            country is null or "ZZ" ? null : country);
    }

    /// <returns>Null for digits that are no country's (a hand-made <see cref="PhoneNumber"/>).</returns>
    private static LibNumber? Parse(PhoneNumber number)
    {
        try
        {
            return Util.Parse(number.ToE164String(), "ZZ");
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The number's place with its city in <paramref name="language"/>.</summary>
    private static ChinaPlace? Place(LibNumber number, DisplayLanguage language)
    {
        var description = Geocoder.GetDescriptionForNumber(number, language == DisplayLanguage.En ? Locale.English : Simplified);
        return description.Length == 0 ? null : Places.GetOrAdd((description, language), Split);
    }

    private static ChinaPlace? Split((string Description, DisplayLanguage Language) key) => key.Language switch
    {
        DisplayLanguage.En => ChinaPlace.FromEnglishDescription(key.Description),
        DisplayLanguage.ZhHant => ChinaPlace.FromChineseDescription(key.Description) is { } place
            ? place with { City = place.City is null ? null : TraditionalPlaceNames.Convert(place.City) }
            : null,
        _ => ChinaPlace.FromChineseDescription(key.Description),
    };

    private static Locale ToLocale(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => Traditional,
        DisplayLanguage.En => Locale.English,
        _ => Simplified,
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
