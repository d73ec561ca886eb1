using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Web.Cases;
using CallWarden.Web.Numbers;
using CallWarden.Web.Site;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>Everything the page of one number writes, in one language: composed once per cached read.</summary>
/// <param name="Headline">The label as screening shows it (<c>骚扰电话 · 已被 1,234 人标记</c>), or the verified business line; null when there is none.</param>
/// <param name="State">The state in a word or two for the tag; null for a number nobody reported.</param>
/// <param name="StateClass">The tag's classes (its colour).</param>
/// <param name="StateText">The state in a sentence: what it means for the number's calls.</param>
/// <param name="Key">The number's name in addresses (<see cref="NumberInput.Canonical"/>).</param>
internal sealed record LookupView(
    string Key,
    string E164,
    string Written,
    string Kind,
    string? Carrier,
    string? Place,
    string? Reporters,
    string? LastReport,
    string? Headline,
    string? State,
    string StateClass,
    string StateText,
    IReadOnlyList<string> Enforcement,
    IReadOnlyList<WeekRow> Weeks,
    bool AnyReportsInWeeks,
    string UpdatedAt)
{
    public static LookupView Compose(LookupFacts facts, DisplayLanguage language, IStringLocalizer<LookupText> text)
    {
        var lookup = facts.Stored.Describe(language);
        var reputation = lookup.Reputation;
        (string? Headline, string? Tag, string Class, string Text) state = reputation.State switch
        {
            // An approved customer-service line is shown as its calls are labelled, whatever the community says.
            _ when lookup.Verified is { } verified => (verified, text["TagVerified"], "tag verified", text["StateVerified"]),
            ReputationState.Labelled => (lookup.Label, text["TagLabelled"], "tag", text["StateLabelled"]),
            ReputationState.Disputed => (lookup.Label, text["TagDisputed"], "tag neutral", text["StateDisputed"]),
            ReputationState.UnderReview => (null, text["TagUnderReview"], "tag neutral", text["StateUnderReview"]),
            ReputationState.VerifiedBusiness => (text["VerifiedHeadline"], text["TagVerified"], "tag verified", text["StateVerified"]),
            _ when reputation.Reporters > 0 => (null, text["TagNotLabelled"], "tag neutral", text["StateFewReports", SiteFormat.Count(reputation.Reporters, language)]),
            _ => (null, null, string.Empty, text["NoReports"]),
        };

        var weeks = facts.Weeks;
        return new LookupView(
            NumberInput.Canonical(facts.Stored.Number),
            lookup.Number,
            PhoneNumberDisplay.Written(facts.Stored.Number),
            text["Kind" + lookup.Kind],
            lookup.CarrierName,
            PlaceOf(lookup.Province, lookup.City, text),
            reputation.Reporters > 0 ? SiteFormat.Count(reputation.Reporters, language) : null,
            reputation.LastReportAt is { } last ? SiteFormat.Date(last, language) : null,
            state.Headline,
            state.Tag,
            state.Class,
            state.Text,
            [.. lookup.Enforcement.Select(e => EnforcementOf(e, language, text))],
            [.. weeks.Counts.Select((count, week) => new WeekRow(SiteFormat.Date(weeks.Monday(week), language), count, SiteFormat.Count(count, language)))],
            weeks.Counts.Any(c => c > 0),
            SiteFormat.DateTime(facts.Stored.ReadAt, language));
    }

    private static string? PlaceOf(string? province, string? city, IStringLocalizer<LookupText> text) =>
        province is null ? null : city is null ? province : text["PlaceValue", province, city];

    /// <summary>"中国移动已限制该号码呼出，至 2026年12月31日": the carrier, what it did, until when.</summary>
    private static string EnforcementOf(EnforcementView action, DisplayLanguage language, IStringLocalizer<LookupText> text)
    {
        var carrier = CarrierNames.TryParseCode(action.Carrier, out var known) && known.DisplayName(language) is { } name ? name : text["SomeCarrier"].Value;
        return action.Kind switch
        {
            // The last day it is in force: a restriction ending at midnight ends with the day before.
            CarrierActionKind.RestrictOutbound when action.Until is { } until => text["Restricted", carrier, SiteFormat.Date(until.AddTicks(-1), language)],
            CarrierActionKind.ReclaimNumber => text["Reclaimed", carrier],
            _ => text["Suspended", carrier],
        };
    }
}
