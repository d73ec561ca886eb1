namespace CallWarden.Core.Reports;

/// <summary>
/// The words that name a report's category (issue #14 item 3), read by <see cref="ReportCategoryGuesser"/>.
/// The first category with a word in the text wins, so the order is the ambiguity rule: threats,
/// then fraud (both go to the police), then the specific trades before marketing and harassment —
/// "推销贷款" is a loan, "冒充客服办理理财" is fraud, "再推销就弄死你" is a threat.
/// <para>
/// To add a word: write it in simplified Chinese or lower-case English, in the category it names.
/// Traditional Chinese needs no entry of its own, the text is folded to simplified first — but a
/// traditional character missing from <see cref="TraditionalCharacters"/> must be added there.
/// An English word matches at the start of a word ("loan" finds "loans", "kill" not "skill").
/// A word that would also fire inside a harmless phrase (杀 in 杀毒软件) gets the phrase added to
/// <see cref="HarmlessPhrases"/>. Add a test phrase to ReportCategoryGuesserTests with every word.
/// </para>
/// <para>
/// Insults are filed with threats, as the issue asks and as the law treats them (Public Security
/// Administration Punishment Law art. 42: threatening, insulting and obscene messages). Sexual
/// harassment is <see cref="ReportCategory.Harassment"/>: it goes to the carrier, which can stop the
/// number; when the message also threatens ("不从就上门"), the threat words file it as a threat and
/// it reaches the police.
/// </para>
/// </summary>
internal static class CategoryLexicon
{
    public static readonly IReadOnlyList<(ReportCategory Category, string[] Words)> Rules =
    [
        (ReportCategory.Threat, [
            "恐吓", "威胁", "吓唬", "报复", "扬言", "弄死", "杀了你", "杀你", "杀全家", "砍死", "砍你", "打死你", "打你", "揍你",
            "说要上门", "找上门", "上门找", "上你家", "堵你", "你等着", "要你命", "不得好死", "骂人", "辱骂", "侮辱", "脏话", "人身攻击",
            "threat", "kill", "hurt you", "beat you", "insult", "abus",
        ]),
        // "快递理赔" (a courier's "compensation for your lost parcel") is the fake-courier scam, not insurance.
        (ReportCategory.Fraud, [
            "诈骗", "骗子", "骗钱", "中奖", "刷单", "冒充", "公检法", "公安", "警官", "警察", "检察院", "法院", "通缉", "安全账户", "洗钱",
            "验证码", "退款", "转账", "汇款", "涉嫌", "冻结", "快递理赔", "丢件理赔", "fraud", "scam", "refund", "police", "prize", "wire the money", "transfer money",
        ]),
        (ReportCategory.OneRing, ["响一声", "一声就挂", "响一下", "响了一声", "one ring", "rang once", "wangiri"]),
        // Sexual harassment before the trades: "约你开房" is no real estate.
        (ReportCategory.Harassment, ["性骚扰", "淫秽", "色情", "裸照", "约炮", "开房", "下流", "陪睡", "obscene", "sexual", "sex ", "nude", "pervert"]),
        (ReportCategory.Finance, [
            "贷", "借款", "借钱", "额度", "放款", "信用卡", "理财", "投资", "股票", "基金", "炒股", "期货", "外汇", "收益",
            "loan", "credit card", "invest", "stock", "fund", "finance",
        ]),
        (ReportCategory.Insurance, ["保险", "车险", "寿险", "医保", "保单", "理赔", "insurance", "policy renewal"]),
        (ReportCategory.RealEstate, ["房", "中介", "楼盘", "买房", "卖房", "租房", "公寓", "real estate", "property", "apartment", "flat for"]),
        (ReportCategory.Recruiting, ["招聘", "猎头", "求职", "兼职", "面试", "招人", "高薪", "recruit", "job", "hiring", "headhunt"]),
        (ReportCategory.Education, ["培训", "教育", "课程", "辅导", "补习", "学历", "考证", "网课", "家教", "course", "tutor", "training", "lesson"]),
        (ReportCategory.Delivery, ["快递", "外卖", "送餐", "包裹", "物流", "驿站", "delivery", "parcel", "courier", "package"]),
        (ReportCategory.Marketing, [
            "推销", "营销", "广告", "促销", "优惠", "办卡", "宽带", "会员", "套餐", "秒杀", "打折", "活动",
            "sales", "marketing", "advert", "promotion", "discount", "offer",
        ]),
        (ReportCategory.Harassment, [
            "骚扰", "无声", "半夜", "深夜", "不说话", "harass", "silent call", "nuisance",
        ]),
    ];
}
