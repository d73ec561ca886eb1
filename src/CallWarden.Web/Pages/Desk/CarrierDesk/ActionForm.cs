using CallWarden.Core.Cases;
using CallWarden.Web.Cases;

namespace CallWarden.Web.Pages.Desk.CarrierDesk;

/// <summary>The action form's choices in the order the form lists them, by the API's codes; restrictions take a number of days.</summary>
internal static class ActionForm
{
    public static IReadOnlyList<CarrierActionKind> Kinds { get; } =
    [
        CarrierActionKind.Warning,
        CarrierActionKind.RestrictOutbound,
        CarrierActionKind.RestrictOutboundSms,
        CarrierActionKind.SuspendOutbound,
        CarrierActionKind.ReclaimNumber,
        CarrierActionKind.NoViolationFound,
    ];

    public static bool TakesDays(CarrierActionKind kind) => kind is CarrierActionKind.RestrictOutbound or CarrierActionKind.RestrictOutboundSms;

    /// <summary>The resource key of a kind's name (<c>Kind_restrict_outbound</c>).</summary>
    public static string NameKey(CarrierActionKind kind) => "Kind_" + CarrierActionKinds.Code(kind);
}
