using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Core.Cases;

/// <summary>Who a forwarded case goes to: always the carrier owning the number, and the police when needed.</summary>
public sealed record CaseRouting(Carrier Carrier, bool Police)
{
    /// <summary>The police are involved as soon as one report of the case is a threat or fraud.</summary>
    public static CaseRouting For(Carrier carrier, IEnumerable<CaseReport> reports) =>
        new(carrier, reports.Any(r => r.Category.RoutesToPolice()));
}
