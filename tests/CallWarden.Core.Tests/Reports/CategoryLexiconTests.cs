using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

/// <summary>Phrases as people write them, in simplified, traditional and English, for every category of the lexicon.</summary>
public sealed class CategoryLexiconTests
{
    public static TheoryData<string, ReportCategory> Phrases => new()
    {
        { "扬言要报复我", ReportCategory.Threat },
        { "说要上门弄死我", ReportCategory.Threat },
        { "恐吓我的家人", ReportCategory.Threat },
        { "催收威胁要杀了你全家", ReportCategory.Threat },
        { "打电话骂人，满口脏话", ReportCategory.Threat },
        { "说知道我住哪，要找上门", ReportCategory.Threat },
        { "揚言報復", ReportCategory.Threat },
        { "恐嚇家人", ReportCategory.Threat },
        { "辱罵我", ReportCategory.Threat },
        { "He threatened my family", ReportCategory.Threat },
        { "said he would kill me", ReportCategory.Threat },
        { "abusive caller, insults every night", ReportCategory.Threat },

        { "冒充公安说我涉嫌洗钱", ReportCategory.Fraud },
        { "自称警官让我转账到安全账户", ReportCategory.Fraud },
        { "冒充检察院的", ReportCategory.Fraud },
        { "刷单返利", ReportCategory.Fraud },
        { "恭喜您中奖了，请先交手续费", ReportCategory.Fraud },
        { "要我报验证码", ReportCategory.Fraud },
        { "冒充公檢法", ReportCategory.Fraud },
        { "自稱警察說我帳戶被凍結", ReportCategory.Fraud },
        { "詐騙電話", ReportCategory.Fraud },
        { "pretending to be the police", ReportCategory.Fraud },
        { "scam call about a refund", ReportCategory.Fraud },
        { "you won a prize", ReportCategory.Fraud },

        { "无抵押贷款", ReportCategory.Finance },
        { "问我要不要借钱", ReportCategory.Finance },
        { "您的额度已提升", ReportCategory.Finance },
        { "网贷平台", ReportCategory.Finance },
        { "推荐股票，带你炒股", ReportCategory.Finance },
        { "理财产品高收益", ReportCategory.Finance },
        { "基金定投", ReportCategory.Finance },
        { "網貸借款", ReportCategory.Finance },
        { "推薦理財", ReportCategory.Finance },
        { "personal loans at low rates", ReportCategory.Finance },
        { "stock tips", ReportCategory.Finance },
        { "invest in our fund", ReportCategory.Finance },

        { "推销车险", ReportCategory.Insurance },
        { "买份寿险吧", ReportCategory.Insurance },
        { "保险到期续保", ReportCategory.Insurance },
        { "保单升级", ReportCategory.Insurance },
        { "重疾保险", ReportCategory.Insurance },
        { "推銷保險", ReportCategory.Insurance },
        { "車險到期", ReportCategory.Insurance },
        { "壽險顧問", ReportCategory.Insurance },
        { "life insurance", ReportCategory.Insurance },
        { "your car INSURANCE is due", ReportCategory.Insurance },

        { "房产中介天天打", ReportCategory.RealEstate },
        { "问我要不要买房", ReportCategory.RealEstate },
        { "新楼盘开盘", ReportCategory.RealEstate },
        { "租房的", ReportCategory.RealEstate },
        { "二手房", ReportCategory.RealEstate },
        { "房產中介", ReportCategory.RealEstate },
        { "買房嗎", ReportCategory.RealEstate },
        { "樓盤推介", ReportCategory.RealEstate },
        { "real estate agent", ReportCategory.RealEstate },
        { "apartment for sale", ReportCategory.RealEstate },

        { "少儿英语培训", ReportCategory.Education },
        { "课程顾问", ReportCategory.Education },
        { "考研辅导", ReportCategory.Education },
        { "提升学历", ReportCategory.Education },
        { "一对一家教", ReportCategory.Education },
        { "培訓班", ReportCategory.Education },
        { "課程推介", ReportCategory.Education },
        { "補習班", ReportCategory.Education },
        { "online course", ReportCategory.Education },
        { "math tutoring", ReportCategory.Education },

        { "快递到了让我点链接", ReportCategory.Delivery },
        { "外卖电话", ReportCategory.Delivery },
        { "包裹丢失", ReportCategory.Delivery },
        { "物流信息", ReportCategory.Delivery },
        { "驿站取件", ReportCategory.Delivery },
        { "快遞", ReportCategory.Delivery },
        { "外賣", ReportCategory.Delivery },
        { "包裹待領", ReportCategory.Delivery },
        { "parcel delivery", ReportCategory.Delivery },
        { "courier", ReportCategory.Delivery },

        { "招聘客服", ReportCategory.Recruiting },
        { "猎头挖人", ReportCategory.Recruiting },
        { "高薪招人", ReportCategory.Recruiting },
        { "面试通知", ReportCategory.Recruiting },
        { "求职的", ReportCategory.Recruiting },
        { "獵頭", ReportCategory.Recruiting },
        { "招聘專員", ReportCategory.Recruiting },
        { "面試邀請", ReportCategory.Recruiting },
        { "job offer", ReportCategory.Recruiting },
        { "we are hiring", ReportCategory.Recruiting },

        { "响一声就挂", ReportCategory.OneRing },
        { "只响一下", ReportCategory.OneRing },
        { "响了一声", ReportCategory.OneRing },
        { "一声就挂了", ReportCategory.OneRing },
        { "響一聲", ReportCategory.OneRing },
        { "響一聲就掛", ReportCategory.OneRing },
        { "響了一聲", ReportCategory.OneRing },
        { "one ring and gone", ReportCategory.OneRing },
        { "it rang once", ReportCategory.OneRing },
        { "wangiri", ReportCategory.OneRing },

        { "推销电话", ReportCategory.Marketing },
        { "营销短信", ReportCategory.Marketing },
        { "办卡送礼", ReportCategory.Marketing },
        { "宽带促销", ReportCategory.Marketing },
        { "秒杀活动", ReportCategory.Marketing },
        { "推銷", ReportCategory.Marketing },
        { "營銷", ReportCategory.Marketing },
        { "寬帶優惠", ReportCategory.Marketing },
        { "sales call", ReportCategory.Marketing },
        { "promotion of the week", ReportCategory.Marketing },

        { "半夜骚扰", ReportCategory.Harassment },
        { "打通不说话", ReportCategory.Harassment },
        { "无声电话", ReportCategory.Harassment },
        { "性骚扰短信", ReportCategory.Harassment },
        { "发色情图片", ReportCategory.Harassment },
        { "约你开房", ReportCategory.Harassment },
        { "騷擾", ReportCategory.Harassment },
        { "發裸照", ReportCategory.Harassment },
        { "harassing me", ReportCategory.Harassment },
        { "obscene messages", ReportCategory.Harassment },
        { "sexual comments", ReportCategory.Harassment },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Everyday_phrases_name_their_category(string text, ReportCategory expected)
    {
        Assert.Equal(expected, ReportCategoryGuesser.Guess(text, ReportCategory.Other));
    }

    [Fact]
    public void Every_category_but_other_has_at_least_ten_phrases()
    {
        var counts = Phrases.Select(row => row.Data.Item2).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Categories.All.Where(c => c != ReportCategory.Other), c => Assert.True(counts.GetValueOrDefault(c) >= 10, $"{c} has {counts.GetValueOrDefault(c)} phrases"));
    }

    [Theory]
    [InlineData("推销的，说再不买就弄死你", ReportCategory.Threat)]
    [InlineData("營銷電話威脅我", ReportCategory.Threat)]
    [InlineData("sales guy threatened me", ReportCategory.Threat)]
    [InlineData("冒充客服推荐理财", ReportCategory.Fraud)]
    [InlineData("股票群刷单", ReportCategory.Fraud)]
    [InlineData("fake loan, wants a transfer money first", ReportCategory.Fraud)]
    [InlineData("推销贷款", ReportCategory.Finance)]
    [InlineData("不从就找上门，性骚扰", ReportCategory.Threat)]
    public void Threat_beats_marketing_and_fraud_beats_finance(string text, ReportCategory expected)
    {
        Assert.Equal(expected, ReportCategoryGuesser.Guess(text, ReportCategory.Other));
    }

    [Theory]
    [InlineData("推销杀毒软件", ReportCategory.Marketing)]
    [InlineData("秒杀", ReportCategory.Marketing)]
    [InlineData("砍价杀价群", ReportCategory.Other)]
    [InlineData("我打你电话没人接", ReportCategory.Other)]
    [InlineData("報復性消費", ReportCategory.Other)]
    [InlineData("antivirus offer", ReportCategory.Marketing)]
    [InlineData("skill training", ReportCategory.Education)]
    public void Harmless_words_are_no_threat(string text, ReportCategory expected)
    {
        Assert.Equal(expected, ReportCategoryGuesser.Guess(text, ReportCategory.Other));
        Assert.False(ReportCategoryGuesser.Guess(text, ReportCategory.Other).RoutesToPolice());
    }
}
