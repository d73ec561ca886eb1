using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CsCheck;

namespace CallWarden.Core.Tests.Reputation;

public sealed class ReputationLabelTests
{
    [Theory]
    [InlineData(DisplayLanguage.ZhHant, "騷擾電話 · 已被 1,234 人標記")]
    [InlineData(DisplayLanguage.ZhHans, "骚扰电话 · 已被 1,234 人标记")]
    [InlineData(DisplayLanguage.En, "Harassment · reported by 1,234 people")]
    public void Label_names_the_category_and_the_count_in_each_language(DisplayLanguage language, string expected)
    {
        Assert.Equal(expected, ReputationLabel.Format(ReportCategory.Harassment, 1234, language));
    }

    [Fact]
    public void One_reporter_is_one_person_in_english()
    {
        Assert.Equal("Fraud · reported by 1 person", ReputationLabel.Format(ReportCategory.Fraud, 1, DisplayLanguage.En));
    }

    [Fact]
    public void A_number_nobody_reported_has_no_label()
    {
        Assert.Null(ReputationLabel.Format(ReportCategory.Marketing, 0, DisplayLanguage.ZhHans));
        Assert.Null(ReputationLabel.Format(null, 12, DisplayLanguage.ZhHans));
    }

    [Fact]
    public void Every_label_holds_the_category_name_and_the_grouped_count()
    {
        Gen.Select(Gen.Enum<ReportCategory>(), Gen.Int[1, 10_000_000], Gen.Enum<DisplayLanguage>()).Sample((category, count, language) =>
        {
            var label = ReputationLabel.Format(category, count, language)!;
            Assert.Contains(category.DisplayName(language), label, StringComparison.Ordinal);
            Assert.Contains(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), label, StringComparison.Ordinal);
        });
    }
}
