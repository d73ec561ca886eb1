using System.Collections.Concurrent;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>
/// Where callers' numbers are registered, for region rules. The geocoder costs about ten
/// microseconds a number and a full sweep of +86 takes seconds, so places are remembered per
/// number block instead: the first caller of a block pays one geocoder lookup, every later one a
/// dictionary lookup. Thread-safe; answers never depend on which caller came first.
/// </summary>
/// <remarks>
/// libphonenumber's +86 geocoding prefixes have at most nine digits (86 + a 7-digit 号段 block or
/// an area code with its first local digits), so a block of 86 + 7 digits has one place. Elsewhere
/// a country is told from the first seven digits (+1 and its area code, +44 1481 …).
/// </remarks>
public sealed class CallerPlaces
{
    public static CallerPlaces Shared { get; } = new(NumberAttributor.Default);

    /// <summary>+86 has about 700,000 mobile blocks; past this, places are looked up without being remembered.</summary>
    private const int MaxBlocks = 1 << 20;

    private readonly NumberAttributor _attributor;
    private readonly ConcurrentDictionary<long, CallerPlace> _blocks = new();
    private readonly ConcurrentDictionary<CallerPlace, CallerPlace> _places = new();
    private int _remembered;

    public CallerPlaces(NumberAttributor attributor)
    {
        _attributor = attributor;
    }

    public CallerPlace Of(PhoneNumber number)
    {
        if (!number.IsValid)
        {
            return CallerPlace.Nowhere;
        }

        var block = BlockOf(number.E164);
        if (_blocks.TryGetValue(block, out var place))
        {
            return place;
        }

        var attribution = _attributor.Attribute(number, DisplayLanguage.ZhHans);
        place = new CallerPlace(attribution.Country, attribution.ProvinceCode, attribution.City);
        place = _places.GetOrAdd(place, place);
        if (Interlocked.Increment(ref _remembered) <= MaxBlocks)
        {
            _blocks.TryAdd(block, place);
        }

        return place;
    }

    /// <summary>The block key: the leading digits that decide the place, and the length, which tells a short code from a longer number.</summary>
    internal static long BlockOf(long e164)
    {
        var digits = E164Digits.Count(e164);
        var keep = e164 / PowerOfTen(Math.Max(digits - 2, 0)) == 86 ? 9 : 7;
        var prefix = digits > keep ? e164 / PowerOfTen(digits - keep) : e164;
        return (prefix * 32) + digits;
    }

    private static long PowerOfTen(int exponent)
    {
        long power = 1;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }
}
