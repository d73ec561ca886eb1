using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

public static class ReportCategoryExtensions
{
    /// <summary>Threats and fraud go to the police as well as to the carrier (Public Security Administration Punishment Law art. 42).</summary>
    public static bool RoutesToPolice(this ReportCategory category) => category is ReportCategory.Fraud or ReportCategory.Threat;

    /// <summary>The stored code, e.g. <c>real_estate</c>.</summary>
    public static string ToCode(this ReportCategory category) => category switch
    {
        ReportCategory.Harassment => "harassment",
        ReportCategory.Fraud => "fraud",
        ReportCategory.Marketing => "marketing",
        ReportCategory.RealEstate => "real_estate",
        ReportCategory.Finance => "finance",
        ReportCategory.Insurance => "insurance",
        ReportCategory.Education => "education",
        ReportCategory.Recruiting => "recruiting",
        ReportCategory.Delivery => "delivery",
        ReportCategory.OneRing => "one_ring",
        ReportCategory.Threat => "threat",
        _ => "other",
    };

    /// <summary>The category of a stored code; false for a code this version does not know.</summary>
    public static bool TryParseCode(string? code, out ReportCategory category)
    {
        foreach (var candidate in Enum.GetValues<ReportCategory>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        category = ReportCategory.Other;
        return false;
    }

    /// <summary>The name shown to people, e.g. 騷擾 / 骚扰 / Harassment.</summary>
    public static string DisplayName(this ReportCategory category, DisplayLanguage language) => (category, language) switch
    {
        (ReportCategory.Harassment, DisplayLanguage.ZhHant) => "騷擾",
        (ReportCategory.Harassment, DisplayLanguage.ZhHans) => "骚扰",
        (ReportCategory.Harassment, _) => "Harassment",
        (ReportCategory.Fraud, DisplayLanguage.ZhHant) => "詐騙",
        (ReportCategory.Fraud, DisplayLanguage.ZhHans) => "诈骗",
        (ReportCategory.Fraud, _) => "Fraud",
        (ReportCategory.Marketing, DisplayLanguage.ZhHant) => "推銷",
        (ReportCategory.Marketing, DisplayLanguage.ZhHans) => "推销",
        (ReportCategory.Marketing, _) => "Marketing",
        (ReportCategory.RealEstate, DisplayLanguage.ZhHant) => "房產中介",
        (ReportCategory.RealEstate, DisplayLanguage.ZhHans) => "房产中介",
        (ReportCategory.RealEstate, _) => "Real estate",
        (ReportCategory.Finance, DisplayLanguage.ZhHant) => "貸款理財",
        (ReportCategory.Finance, DisplayLanguage.ZhHans) => "贷款理财",
        (ReportCategory.Finance, _) => "Loans and finance",
        (ReportCategory.Insurance, DisplayLanguage.ZhHant) => "保險",
        (ReportCategory.Insurance, DisplayLanguage.ZhHans) => "保险",
        (ReportCategory.Insurance, _) => "Insurance",
        (ReportCategory.Education, DisplayLanguage.ZhHant) => "教育培訓",
        (ReportCategory.Education, DisplayLanguage.ZhHans) => "教育培训",
        (ReportCategory.Education, _) => "Education and training",
        (ReportCategory.Recruiting, DisplayLanguage.ZhHant) => "招聘獵頭",
        (ReportCategory.Recruiting, DisplayLanguage.ZhHans) => "招聘猎头",
        (ReportCategory.Recruiting, _) => "Recruiting",
        (ReportCategory.Delivery, DisplayLanguage.ZhHant) => "快遞外賣",
        (ReportCategory.Delivery, DisplayLanguage.ZhHans) => "快递外卖",
        (ReportCategory.Delivery, _) => "Delivery",
        (ReportCategory.OneRing, DisplayLanguage.ZhHant) => "響一聲",
        (ReportCategory.OneRing, DisplayLanguage.ZhHans) => "响一声",
        (ReportCategory.OneRing, _) => "One ring",
        (ReportCategory.Threat, DisplayLanguage.ZhHant) => "恐嚇威脅",
        (ReportCategory.Threat, DisplayLanguage.ZhHans) => "恐吓威胁",
        (ReportCategory.Threat, _) => "Threat",
        (_, DisplayLanguage.ZhHant or DisplayLanguage.ZhHans) => "其他",
        _ => "Other",
    };
}
