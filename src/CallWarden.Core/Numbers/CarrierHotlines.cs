namespace CallWarden.Core.Numbers;

/// <summary>
/// Which carrier runs a service number: the carriers' hotlines and their extensions (10086 and
/// 10086999 are 中国移动's, 10010… 中国联通's, 10000… 中国电信's, 10099… 中国广电's).
/// </summary>
public static class CarrierHotlines
{
    private static readonly (string Prefix, Carrier Carrier)[] Hotlines =
    [
        ("10086", Carrier.ChinaMobile),
        ("10010", Carrier.ChinaUnicom),
        ("10000", Carrier.ChinaTelecom),
        ("10099", Carrier.ChinaBroadnet),
    ];

    /// <summary>The carrier whose hotline <paramref name="serviceNumber"/> (digits) is; <see cref="Carrier.Unknown"/> for any other number.</summary>
    public static Carrier Of(string? serviceNumber)
    {
        if (serviceNumber is null)
        {
            return Carrier.Unknown;
        }

        foreach (var (prefix, carrier) in Hotlines)
        {
            if (serviceNumber.StartsWith(prefix, StringComparison.Ordinal))
            {
                return carrier;
            }
        }

        return Carrier.Unknown;
    }
}
