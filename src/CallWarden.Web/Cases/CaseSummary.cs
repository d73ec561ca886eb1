using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Cases;

namespace CallWarden.Web.Cases;

/// <summary>
/// A case in a list: the reported number is shown in full; reporters are not shown at all. When the caller
/// withheld their number, <see cref="Number"/> is empty and <see cref="CalledNumber"/> is the line that was called.
/// </summary>
internal sealed record CaseSummary(
    long Id,
    string Number,
    CaseState State,
    string? Carrier,
    bool Police,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ForwardedAt,
    DateTimeOffset? ActionedAt,
    DateTimeOffset? OverdueSince,
    bool CallerWithheld = false,
    string? CalledNumber = null)
{
    public static CaseSummary Of(CaseRecord c) => new(
        c.Id, new PhoneNumber(c.Number, c.NumberKind).ToE164String(), c.State, c.CarrierCode, c.Police, c.ReceivedAt, c.ForwardedAt, c.ActionedAt, c.OverdueSince,
        c.NumberKind == NumberKind.Anonymous, c.CalledNumber is { } called ? new PhoneNumber(called, c.CalledNumberKind ?? NumberKind.Invalid).ToE164String() : null);
}
