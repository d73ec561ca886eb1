using CallWarden.Core.Localization;

namespace CallWarden.Core.Numbers;

/// <summary>A carrier's stable code and its names in each <see cref="DisplayLanguage"/>.</summary>
public static class CarrierNames
{
    /// <summary>The code stored in the database and in override files, e.g. <c>china_mobile</c>.</summary>
    public static string Code(this Carrier carrier) => carrier switch
    {
        Carrier.ChinaMobile => "china_mobile",
        Carrier.ChinaUnicom => "china_unicom",
        Carrier.ChinaTelecom => "china_telecom",
        Carrier.ChinaBroadnet => "china_broadnet",
        Carrier.Other => "other",
        _ => "unknown",
    };

    /// <summary>Reads a code written by <see cref="Code"/> (exact, lower case).</summary>
    public static bool TryParseCode(string? code, out Carrier carrier)
    {
        foreach (var candidate in Enum.GetValues<Carrier>())
        {
            if (string.Equals(code, candidate.Code(), StringComparison.Ordinal))
            {
                carrier = candidate;
                return true;
            }
        }

        carrier = Carrier.Unknown;
        return false;
    }

    /// <summary>The carrier's name, or null for <see cref="Carrier.Unknown"/>.</summary>
    public static string? DisplayName(this Carrier carrier, DisplayLanguage language) => (carrier, language) switch
    {
        (Carrier.ChinaMobile, DisplayLanguage.ZhHant) => "中國移動",
        (Carrier.ChinaMobile, DisplayLanguage.En) => "China Mobile",
        (Carrier.ChinaMobile, _) => "中国移动",
        (Carrier.ChinaUnicom, DisplayLanguage.ZhHant) => "中國聯通",
        (Carrier.ChinaUnicom, DisplayLanguage.En) => "China Unicom",
        (Carrier.ChinaUnicom, _) => "中国联通",
        (Carrier.ChinaTelecom, DisplayLanguage.ZhHant) => "中國電信",
        (Carrier.ChinaTelecom, DisplayLanguage.En) => "China Telecom",
        (Carrier.ChinaTelecom, _) => "中国电信",
        (Carrier.ChinaBroadnet, DisplayLanguage.ZhHant) => "中國廣電",
        (Carrier.ChinaBroadnet, DisplayLanguage.En) => "China Broadnet",
        (Carrier.ChinaBroadnet, _) => "中国广电",
        (Carrier.Other, DisplayLanguage.ZhHant) => "其他電信業者",
        (Carrier.Other, DisplayLanguage.En) => "Other carrier",
        (Carrier.Other, _) => "其他运营商",
        _ => null,
    };

    /// <summary>
    /// Maps a name from libphonenumber's carrier data (any of its languages) to a carrier: the four
    /// Chinese operators by name, any other non-empty name to <see cref="Carrier.Other"/>.
    /// </summary>
    /// <remarks>
    /// The +86 data of libphonenumber 9.0.43 names only the four (virtual operators' 170/171 blocks
    /// are listed under their host network), so no MVNO name needs a mapping of its own.
    /// </remarks>
    public static Carrier FromLibPhoneNumberName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Carrier.Unknown;
        }

        var trimmed = name.Trim();
        foreach (var carrier in (ReadOnlySpan<Carrier>)[Carrier.ChinaMobile, Carrier.ChinaUnicom, Carrier.ChinaTelecom, Carrier.ChinaBroadnet])
        {
            foreach (var language in Enum.GetValues<DisplayLanguage>())
            {
                if (string.Equals(trimmed, carrier.DisplayName(language), StringComparison.OrdinalIgnoreCase))
                {
                    return carrier;
                }
            }
        }

        return Carrier.Other;
    }
}
