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

    [Theory]
    [InlineData("删除", SmsCommandKind.DeleteRequest)]
    [InlineData("刪除", SmsCommandKind.DeleteRequest)]
    [InlineData(" 删除。", SmsCommandKind.DeleteRequest)]
    [InlineData("DELETE", SmsCommandKind.DeleteRequest)]
    [InlineData("ｄｅｌｅｔｅ！", SmsCommandKind.DeleteRequest)]
    [InlineData("确认删除", SmsCommandKind.DeleteConfirm)]
    [InlineData("確認刪除", SmsCommandKind.DeleteConfirm)]
    [InlineData("確認删除", SmsCommandKind.DeleteConfirm)]
    [InlineData("Confirm Delete.", SmsCommandKind.DeleteConfirm)]
    [InlineData("ＣＯＮＦＩＲＭ　ＤＥＬＥＴＥ", SmsCommandKind.DeleteConfirm)]
    public void Delete_and_its_confirmation_are_read_in_any_script_width_and_case(string text, SmsCommandKind kind)
    {
        Assert.Equal(new KeywordMatch(kind, null, null), SmsKeywords.Match(SmsTextTrim(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("删")]
    [InlineData("删除删除")]
    [InlineData("删除 13912345678")]
    [InlineData("请删除")]
    [InlineData("确认")]
    [InlineData("确认 删除")]
    [InlineData("confirmdelete")]
    [InlineData("delete me")]
    [InlineData("DELETE\u202E")]
    [InlineData("删\u200B除")]
    [InlineData("'; DELETE FROM reports; --")]
    [InlineData("13912345678*删除")]
    public void Anything_near_delete_is_no_command(string text)
    {
        Assert.Null(SmsKeywords.Match(System.Text.RegularExpressions.Regex.Unescape(text)));
    }

    /// <summary>The parser trims blanks before it looks for keywords.</summary>
    private static string SmsTextTrim(string text) => SmsText.TrimBlanks(text).ToString();
}
