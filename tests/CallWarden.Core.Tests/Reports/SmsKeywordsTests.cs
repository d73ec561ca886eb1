using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("cxxx")]
    [InlineData("TDD")]
    [InlineData("退订了吗")]
    [InlineData("13912345678*TD")]
    [InlineData("Stop calling me")]
    public void Words_that_only_start_like_a_keyword_are_no_command(string text)
    {
        Assert.Null(SmsKeywords.Match(text));
    }

    [Theory]
    [InlineData("CX R20261128_000123", "R20261128-000123")]
    [InlineData("查詢R20261128000123", "R20261128-000123")]
    public void A_reference_is_read_with_or_without_its_hyphen(string text, string reference)
    {
        Assert.Equal(new KeywordMatch(SmsCommandKind.StatusQuery, reference, null), SmsKeywords.Match(text));
    }

    [Theory]
    [InlineData("CX R2026112-000123")]
    [InlineData("CX R20261128-000123 please")]
    [InlineData("查询 我的举报")]
    public void A_query_with_a_malformed_reference_is_a_problem(string text)
    {
        Assert.Equal(SmsRefusalReason.InvalidReference, SmsKeywords.Match(text)?.Problem);
    }
}
