using CallWarden.Core.Cases;
using CallWarden.Data.Cases;

namespace CallWarden.Web.Cases;

/// <summary>A carrier action as the API shows it; <see cref="InForce"/> is computed from the clock.</summary>
internal sealed record EnforcementView(CarrierActionKind Kind, string Carrier, DateTimeOffset From, DateTimeOffset? Until, bool InForce)
{
    public static EnforcementView Of(CarrierActionRecord a, DateTimeOffset now) =>
        new(a.Kind, a.CarrierCode, a.From, a.Until, new CarrierAction(a.Kind, a.From, a.Until, a.LiftedAt).IsInForceAt(now));
}
