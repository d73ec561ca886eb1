namespace CallWarden.Core.Reports;

public static class ReportCategoryExtensions
{
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
    public static string DisplayName(this ReportCategory category, ReplyLanguage language) => (category, language) switch
    {
        (ReportCategory.Harassment, ReplyLanguage.ZhHant) => "騷擾",
        (ReportCategory.Harassment, ReplyLanguage.ZhHans) => "骚扰",
        (ReportCategory.Harassment, _) => "Harassment",
        (ReportCategory.Fraud, ReplyLanguage.ZhHant) => "詐騙",
        (ReportCategory.Fraud, ReplyLanguage.ZhHans) => "诈骗",
        (ReportCategory.Fraud, _) => "Fraud",
        (ReportCategory.Marketing, ReplyLanguage.ZhHant) => "推銷",
        (ReportCategory.Marketing, ReplyLanguage.ZhHans) => "推销",
        (ReportCategory.Marketing, _) => "Marketing",
        (ReportCategory.RealEstate, ReplyLanguage.ZhHant) => "房產中介",
        (ReportCategory.RealEstate, ReplyLanguage.ZhHans) => "房产中介",
        (ReportCategory.RealEstate, _) => "Real estate",
        (ReportCategory.Finance, ReplyLanguage.ZhHant) => "貸款理財",
        (ReportCategory.Finance, ReplyLanguage.ZhHans) => "贷款理财",
        (ReportCategory.Finance, _) => "Loans and finance",
        (ReportCategory.Insurance, ReplyLanguage.ZhHant) => "保險",
        (ReportCategory.Insurance, ReplyLanguage.ZhHans) => "保险",
        (ReportCategory.Insurance, _) => "Insurance",
        (ReportCategory.Education, ReplyLanguage.ZhHant) => "教育培訓",
        (ReportCategory.Education, ReplyLanguage.ZhHans) => "教育培训",
        (ReportCategory.Education, _) => "Education and training",
        (ReportCategory.Recruiting, ReplyLanguage.ZhHant) => "招聘獵頭",
        (ReportCategory.Recruiting, ReplyLanguage.ZhHans) => "招聘猎头",
        (ReportCategory.Recruiting, _) => "Recruiting",
        (ReportCategory.Delivery, ReplyLanguage.ZhHant) => "快遞外賣",
        (ReportCategory.Delivery, ReplyLanguage.ZhHans) => "快递外卖",
        (ReportCategory.Delivery, _) => "Delivery",
        (ReportCategory.OneRing, ReplyLanguage.ZhHant) => "響一聲",
        (ReportCategory.OneRing, ReplyLanguage.ZhHans) => "响一声",
        (ReportCategory.OneRing, _) => "One ring",
        (ReportCategory.Threat, ReplyLanguage.ZhHant) => "恐嚇威脅",
        (ReportCategory.Threat, ReplyLanguage.ZhHans) => "恐吓威胁",
        (ReportCategory.Threat, _) => "Threat",
        (_, ReplyLanguage.ZhHant or ReplyLanguage.ZhHans) => "其他",
        _ => "Other",
    };
}
