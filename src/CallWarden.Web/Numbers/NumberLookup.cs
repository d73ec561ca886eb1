using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Data.Reputation;
using CallWarden.Web.Cases;

namespace CallWarden.Web.Numbers;

/// <summary>The public answer about one number: what it is, who runs it, what people say, what was done.</summary>
internal sealed record NumberLookup(
    string Number,
    NumberKind Kind,
    string Carrier,
    string? CarrierName,
    string? Province,
    string? City,
    ReputationView Reputation,
    string? Label,
    IReadOnlyList<EnforcementView> Enforcement)
{
    public static NumberLookup Of(PhoneNumber number, NumberAttribution attribution, NumberReputationRecord? reputation, IReadOnlyList<EnforcementView> enforcement, DisplayLanguage language)
    {
        ReportCategory? category = ReportCategoryExtensions.TryParseCode(reputation?.TopCategory, out var c) ? c : null;
        var view = reputation is null
            ? new ReputationView(0, ReputationState.Clean, null, 0, null)
            : new ReputationView(reputation.Score, reputation.State, reputation.TopCategory, reputation.DistinctReporters, reputation.LastReportAt);
        var label = view.State is ReputationState.Labelled or ReputationState.Disputed ? ReputationLabel.Format(category, view.Reporters, language) : null;
        return new NumberLookup(
            number.ToE164String(), number.Kind, attribution.Carrier.Code(), attribution.CarrierName, attribution.Province, attribution.City, view, label, enforcement);
    }
}
