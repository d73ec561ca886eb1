namespace CallWarden.Core.Screening;

/// <summary>Where a caller's number is registered, as region rules see it.</summary>
/// <param name="Country">ISO 3166-1 region of the number.</param>
/// <param name="ProvinceCode">ISO 3166-2:CN division (<c>CN-GD</c>), for +86 numbers the geocoder places.</param>
/// <param name="City">The geocoder's simplified city name, or several joined with 、 when an area code serves several.</param>
public sealed record CallerPlace(string? Country, string? ProvinceCode, string? City)
{
    public static CallerPlace Nowhere { get; } = new(null, null, null);
}
