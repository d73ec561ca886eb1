using CallWarden.Core.Localization;

namespace CallWarden.Core.Numbers;

/// <summary>Who runs a number and where it is registered, with names in one <see cref="DisplayLanguage"/>.</summary>
/// <param name="CarrierName">The carrier's localised name; for <see cref="Carrier.Other"/> the name libphonenumber gives when it has one. Null for <see cref="Carrier.Unknown"/>.</param>
/// <param name="RawCarrierName">libphonenumber's own name for the block's carrier (English), kept as evidence; null when it had none.</param>
/// <param name="ProvinceCode">ISO 3166-2:CN code of the provincial-level division (<c>CN-GD</c>), the same in every language.</param>
/// <param name="Province">The division's localised name (<c>广东省</c>, <c>廣東省</c>, <c>Guangdong</c>); null outside +86 or when the geocoder has nothing finer than the country.</param>
/// <param name="City">
/// The localised city, prefecture or list of cities sharing an area code (<c>深圳市</c>,
/// <c>沈阳市、铁岭市、抚顺市</c>, <c>Shenyang/Tieling/Fushun</c>). Null for the four municipalities
/// (Beijing, Tianjin, Shanghai, Chongqing), where the division already is the city, and whenever
/// <paramref name="Province"/> is null.
/// </param>
/// <param name="Country">ISO 3166-1 region of the number (<c>CN</c>, <c>HK</c>, <c>US</c>); null when there is no number.</param>
public sealed record NumberAttribution(
    Carrier Carrier,
    string? CarrierName,
    string? RawCarrierName,
    CarrierSource CarrierSource,
    string? ProvinceCode,
    string? Province,
    string? City,
    string? Country)
{
    /// <summary>The attribution of no number: invalid input or a withheld caller.</summary>
    public static NumberAttribution None { get; } = new(Carrier.Unknown, null, null, CarrierSource.None, null, null, null, null);
}
