using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;

namespace CallWarden.Data.Intake;

/// <summary>
/// The rollup keys (carrier code, province code) of each number, remembered: libphonenumber's
/// attribution costs microseconds, and a busy day reports the same numbers again and again. The
/// attributor's overrides are fixed for its lifetime, so a remembered answer stays exact.
/// Used by intake's single writer only.
/// </summary>
internal sealed class AttributionCache(NumberAttributor attributor)
{
    /// <summary>Enough for a day's distinct numbers; beyond it the cache starts over rather than growing without bound.</summary>
    private const int Capacity = 200_000;

    private readonly Dictionary<PhoneNumber, (string Carrier, string Province)> _known = [];

    public (string Carrier, string Province) Of(PhoneNumber number)
    {
        if (!_known.TryGetValue(number, out var keys))
        {
            if (_known.Count >= Capacity)
            {
                _known.Clear();
            }

            var attribution = attributor.Attribute(number, DisplayLanguage.En);
            keys = (attribution.Carrier.Code(), attribution.ProvinceCode ?? string.Empty);
            _known[number] = keys;
        }

        return keys;
    }
}
