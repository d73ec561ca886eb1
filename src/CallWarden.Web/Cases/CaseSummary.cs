using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Cases;

namespace CallWarden.Web.Cases;

/// <summary>A case in a list: the reported number is shown in full; reporters are not shown at all.</summary>
internal sealed record CaseSummary(
    long Id,
    string Number,
    CaseState State,
    string? Carrier,
    bool Police,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ForwardedAt,
    DateTimeOffset? ActionedAt,
    DateTimeOffset? OverdueSince)
{
    public static CaseSummary Of(CaseRecord c) => new(
        c.Id, new PhoneNumber(c.Number, c.NumberKind).ToE164String(), c.State, c.CarrierCode, c.Police, c.ReceivedAt, c.ForwardedAt, c.ActionedAt, c.OverdueSince);
}
