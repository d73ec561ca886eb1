namespace CallWarden.Core.Cases;

/// <summary>Who a forwarded case goes to: always the carrier owning the number, and the police when needed.</summary>
public sealed record CaseRouting(CarrierCode Carrier, bool Police)
{
    /// <summary>The police are involved as soon as one report of the case is a threat or fraud.</summary>
    public static CaseRouting For(CarrierCode carrier, IEnumerable<CaseReport> reports) =>
        new(carrier, reports.Any(r => CategoryCodes.RoutesToPolice(r.Category)));
}
