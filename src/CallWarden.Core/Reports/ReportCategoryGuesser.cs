namespace CallWarden.Core.Reports;

/// <summary>
/// Guesses a report's category from the sender's reason or the spam text. Rules are tried in
/// order and the first with a keyword in the text wins, so the specific categories come before
/// marketing ("推銷保險" is insurance) and fraud and threats come first of all, because they are
/// routed to the police. Keywords are simplified and lower-case; the text is folded to match.
/// </summary>
public static class ReportCategoryGuesser
{
    private static readonly (ReportCategory Category, string[] Keywords)[] Rules =
    [
        (ReportCategory.Threat, ["恐吓", "威胁", "吓唬", "报复", "杀了", "弄死", "threat", "kill"]),
        (ReportCategory.Fraud, ["诈骗", "骗子", "骗钱", "中奖", "刷单", "冒充", "公检法", "安全账户", "洗钱", "验证码", "退款", "fraud", "scam"]),
        (ReportCategory.OneRing, ["响一声", "一声就挂", "响一下", "one ring"]),
        (ReportCategory.Finance, ["贷", "借款", "借钱", "额度", "理财", "信用卡", "投资", "股票", "网贷", "放款", "loan"]),
        (ReportCategory.Insurance, ["保险", "车险", "寿险", "insurance"]),
        (ReportCategory.RealEstate, ["房", "中介", "楼盘", "real estate"]),
        (ReportCategory.Recruiting, ["招聘", "猎头", "求职", "兼职", "面试", "recruit", "job"]),
        (ReportCategory.Education, ["培训", "教育", "课程", "辅导", "补习", "学历", "考证", "course", "tutor"]),
        (ReportCategory.Delivery, ["快递", "外卖", "送餐", "包裹", "物流", "delivery", "parcel"]),
        (ReportCategory.Marketing, ["推销", "营销", "广告", "促销", "优惠", "办卡", "宽带", "会员", "sales", "marketing", "advert"]),
        (ReportCategory.Harassment, ["骚扰", "辱骂", "骂人", "无声", "半夜", "harass"]),
    ];

    /// <summary>The first matching category, else <paramref name="fallback"/>.</summary>
    public static ReportCategory Guess(ReadOnlySpan<char> text, ReportCategory fallback)
    {
        var folded = SmsText.Fold(text);
        foreach (var (category, keywords) in Rules)
        {
            foreach (var keyword in keywords)
            {
                if (folded.Contains(keyword, StringComparison.Ordinal))
                {
                    return category;
                }
            }
        }

        return fallback;
    }
}
