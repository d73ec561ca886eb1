using CallWarden.Core.Reports;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Reports;

public sealed class ReportCategoryExtensionsTests
{
    [Theory]
    [InlineData(ReportCategory.Harassment, "harassment", "骚扰", "騷擾", "Harassment")]
    [InlineData(ReportCategory.Fraud, "fraud", "诈骗", "詐騙", "Fraud")]
    [InlineData(ReportCategory.Marketing, "marketing", "推销", "推銷", "Marketing")]
    [InlineData(ReportCategory.RealEstate, "real_estate", "房产中介", "房產中介", "Real estate")]
    [InlineData(ReportCategory.Finance, "finance", "贷款理财", "貸款理財", "Loans and finance")]
    [InlineData(ReportCategory.Insurance, "insurance", "保险", "保險", "Insurance")]
    [InlineData(ReportCategory.Education, "education", "教育培训", "教育培訓", "Education and training")]
    [InlineData(ReportCategory.Recruiting, "recruiting", "招聘猎头", "招聘獵頭", "Recruiting")]
    [InlineData(ReportCategory.Delivery, "delivery", "快递外卖", "快遞外賣", "Delivery")]
    [InlineData(ReportCategory.OneRing, "one_ring", "响一声", "響一聲", "One ring")]
    [InlineData(ReportCategory.Threat, "threat", "恐吓威胁", "恐嚇威脅", "Threat")]
    [InlineData(ReportCategory.Other, "other", "其他", "其他", "Other")]
    public void Each_category_has_its_stored_code_and_three_names(
        ReportCategory category, string code, string hans, string hant, string en)
    {
        Assert.Equal(code, category.ToCode());
        Assert.Equal(hans, category.DisplayName(DisplayLanguage.ZhHans));
        Assert.Equal(hant, category.DisplayName(DisplayLanguage.ZhHant));
        Assert.Equal(en, category.DisplayName(DisplayLanguage.En));
    }

    [Fact]
    public void Every_code_parses_back_to_its_category()
    {
        foreach (var category in Enum.GetValues<ReportCategory>())
        {
            Assert.True(ReportCategoryExtensions.TryParseCode(category.ToCode(), out var parsed));
            Assert.Equal(category, parsed);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Fraud")]
    [InlineData("spam")]
    public void An_unknown_code_is_not_parsed(string? code)
    {
        Assert.False(ReportCategoryExtensions.TryParseCode(code, out _));
    }
}
