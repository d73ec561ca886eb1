using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class ReportCategoryGuesserTests
{
    [Theory]
    [InlineData("貸款", ReportCategory.Finance)]
    [InlineData("您已获得贷款额度", ReportCategory.Finance)]
    [InlineData("保險", ReportCategory.Insurance)]
    [InlineData("推銷保險", ReportCategory.Insurance)]
    [InlineData("卖房的", ReportCategory.RealEstate)]
    [InlineData("房產中介", ReportCategory.RealEstate)]
    [InlineData("詐騙", ReportCategory.Fraud)]
    [InlineData("诈骗", ReportCategory.Fraud)]
    [InlineData("恭喜您中獎了", ReportCategory.Fraud)]
    [InlineData("兼职刷单日结", ReportCategory.Fraud)]
    [InlineData("恐嚇", ReportCategory.Threat)]
    [InlineData("威胁我", ReportCategory.Threat)]
    [InlineData("威脅", ReportCategory.Threat)]
    [InlineData("響一聲就掛", ReportCategory.OneRing)]
    [InlineData("响一声", ReportCategory.OneRing)]
    [InlineData("推銷", ReportCategory.Marketing)]
    [InlineData("营销电话", ReportCategory.Marketing)]
    [InlineData("營銷", ReportCategory.Marketing)]
    [InlineData("招聘", ReportCategory.Recruiting)]
    [InlineData("獵頭", ReportCategory.Recruiting)]
    [InlineData("快遞", ReportCategory.Delivery)]
    [InlineData("外賣", ReportCategory.Delivery)]
    [InlineData("培訓班", ReportCategory.Education)]
    [InlineData("教育机构", ReportCategory.Education)]
    [InlineData("騷擾", ReportCategory.Harassment)]
    [InlineData("Insurance SALES", ReportCategory.Insurance)]
    [InlineData("ｓｃａｍ", ReportCategory.Fraud)]
    public void Keywords_in_either_script_name_the_category(string text, ReportCategory expected)
    {
        Assert.Equal(expected, ReportCategoryGuesser.Guess(text, ReportCategory.Other));
    }

    [Theory]
    [InlineData("房贷利率优惠", ReportCategory.Finance)]
    [InlineData("冒充快递理赔", ReportCategory.Fraud)]
    [InlineData("不还钱就威胁你 贷款", ReportCategory.Threat)]
    public void Police_matters_and_specific_categories_win_over_general_ones(string text, ReportCategory expected)
    {
        Assert.Equal(expected, ReportCategoryGuesser.Guess(text, ReportCategory.Other));
    }

    [Theory]
    [InlineData("", ReportCategory.Harassment)]
    [InlineData("不认识", ReportCategory.Other)]
    [InlineData("hello", ReportCategory.Harassment)]
    public void Text_without_a_keyword_gets_the_fallback(string text, ReportCategory fallback)
    {
        Assert.Equal(fallback, ReportCategoryGuesser.Guess(text, fallback));
    }
}
