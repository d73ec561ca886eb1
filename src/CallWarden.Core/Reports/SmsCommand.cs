using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;
using CallWarden.Core.Registry;

namespace CallWarden.Core.Reports;

/// <summary>
/// A keyword command. <paramref name="Reference"/> is set for a status query only (<c>R20261128-000123</c>);
/// <paramref name="Categories"/> for a refusal of some marketing only (<c>TD 贷款 保险</c>), none for <c>TD</c> alone (all marketing).
/// </summary>
public sealed record SmsCommand(
    string ServiceNumber,
    SmsCommandKind Kind,
    string? Reference,
    PhoneNumber? Sender,
    DisplayLanguage Language,
    MarketingCategories Categories = MarketingCategories.None) : SmsParseResult(Language);
