using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Core.Reputation;
using CallWarden.Core.Reports;

namespace CallWarden.Core.Screening;

/// <summary>
/// The short label the callee's phone shows with a relayed call (the SIP label header), e.g.
/// "骚扰电话 · 已被 1,234 人标记" / "騷擾電話 · 已被 1,234 人標記" / "Harassment · reported by 1,234 people".
/// </summary>
internal static class CallLabels
{
    public static string For(ScreeningRule rule, in ReasonData data, DisplayLanguage language) => rule switch
    {
        ScreeningRule.Reputation => Reputation(data.Community, language),
        ScreeningRule.VerifiedBusiness when data.Business.Name is { } business => business.VerifiedLabel(language),
        ScreeningRule.VerifiedBusiness => data.Community.BusinessOwner is { } owner
            ? ReasonText.Pick(language, "认证：" + owner, "認證：" + owner, "Verified: " + owner)
            : ReasonText.Pick(language, "认证企业", "認證企業", "Verified business"),
        ScreeningRule.InternationalCall => ReasonText.Pick(language, "境外来电", "境外來電", "International call"),
        ScreeningRule.GatewaySpoofing => ReasonText.Pick(language, "疑似改号境外来电", "疑似改號境外來電", "Suspected spoofed number"),
        ScreeningRule.Anonymous => ReasonText.Pick(language, "隐藏号码", "隱藏號碼", "Withheld number"),
        ScreeningRule.InvalidNumber => ReasonText.Pick(language, "无效号码", "無效號碼", "Invalid number"),
        ScreeningRule.ContactsOnly => ReasonText.Pick(language, "非联系人", "非聯絡人", "Not in your contacts"),
        ScreeningRule.NeighbourSpoofing => ReasonText.Pick(language, "疑似冒用近似号码", "疑似冒用近似號碼", "Suspected neighbour spoofing"),
        ScreeningRule.Region => ReasonText.Pick(
            language,
            ReasonText.PlaceName(data.Region, language) + "来电",
            ReasonText.PlaceName(data.Region, language) + "來電",
            "Call from " + ReasonText.PlaceName(data.Region, language)),
        ScreeningRule.RefusalRegistry => ReasonText.Pick(language, "营销电话", "營銷電話", "Marketing line"),
        ScreeningRule.CarrierEnforcement => ReasonText.Pick(language, "运营商已限制呼出", "運營商已限制撥出", "Restricted by the carrier"),
        ScreeningRule.QuietHours => ReasonText.Pick(language, "免打扰时段来电", "免打擾時段來電", "Call during quiet hours"),
        ScreeningRule.StirShaken => ReasonText.Pick(language, "号码未经验证", "號碼未經驗證", "Caller ID not verified"),
        _ => ReasonText.Pick(language, "陌生来电", "陌生來電", "Unknown caller"),
    };

    private static string Reputation(CommunityFacts facts, DisplayLanguage language)
    {
        // One wording for a reputation label wherever it is shown (this call, the public lookup).
        var label = ReputationLabel.Compose(facts.TopCategory, facts.DistinctReporters, language);
        return facts.Has(CommunityFlags.Disputed)
            ? label + ReasonText.Pick(language, " · 申诉中", " · 申訴中", " · disputed")
            : label;
    }

}
