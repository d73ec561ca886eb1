using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Data.Reputation;
using CallWarden.Web.Cases;

namespace CallWarden.Web.Numbers;

/// <summary>The public answer about one number: what it is, who runs it, what people say, what was done.</summary>
/// <param name="Label">The label a call from it shows: a verified customer-service line's, else the community's.</param>
/// <param name="Verified">"已认证：某某银行客服" for an approved customer-service line; null otherwise.</param>
internal sealed record NumberLookup(
    string Number,
    NumberKind Kind,
    string Carrier,
    string? CarrierName,
    string? Province,
    string? City,
    ReputationView Reputation,
    string? Label,
    IReadOnlyList<EnforcementView> Enforcement,
    string? Verified = null)
{
    public static NumberLookup Of(
        PhoneNumber number, NumberAttribution attribution, NumberReputationRecord? reputation, IReadOnlyList<EnforcementView> enforcement, DisplayLanguage language, BusinessName? verifiedAs = null)
    {
        ReportCategory? category = ReportCategoryExtensions.TryParseCode(reputation?.TopCategory, out var c) ? c : null;
        var view = reputation is null
            ? new ReputationView(0, ReputationState.Clean, null, 0, null)
            : new ReputationView(reputation.Score, reputation.State, reputation.TopCategory, reputation.DistinctReporters, reputation.LastReportAt);
        var label = view.State is ReputationState.Labelled or ReputationState.Disputed ? ReputationLabel.Format(category, view.Reporters, language) : null;
        var verified = verifiedAs?.VerifiedLabel(language);
        return new NumberLookup(
            number.ToE164String(), number.Kind, attribution.Carrier.Code(), attribution.CarrierName, attribution.Province, attribution.City, view, verified ?? label, enforcement, verified);
    }
}
