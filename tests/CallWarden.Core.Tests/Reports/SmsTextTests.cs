using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class SmsTextTests
{
    [Theory]
    [InlineData("13912345678*昨天\r\n\t")]
    [InlineData("😡👨\u200D👩")]
    [InlineData("\u202E\u200B")]
    public void Line_breaks_emoji_and_marks_are_readable(string text)
    {
        Assert.False(SmsText.HasUnreadableCharacters(text));
    }

    [Fact]
    public void NUL_controls_and_unpaired_surrogates_are_unreadable()
    {
        foreach (var text in new[] { "\0", "a\u0007b", "\u001B[31m", "\u0085", "x\uD83D", "\uDE00x", "\uDE00\uD83D" })
        {
            Assert.True(SmsText.HasUnreadableCharacters(text), text);
        }
    }

    [Theory]
    [InlineData("ＣＸ　Ｒ１２３", "cx r123")]
    [InlineData("開通攔截", "开通拦截")]
    [InlineData("查詢", "查询")]
    public void Folding_makes_widths_scripts_and_cases_one(string text, string folded)
    {
        Assert.Equal(folded, SmsText.Fold(text));
    }

    [Fact]
    public void Content_loses_hiding_marks_and_keeps_joiners()
    {
        Assert.Equal("ab👨\u200D👩c", SmsText.WithoutHidingMarks("\u202Ea\u200Bb\u2066👨\u200D👩\uFEFFc\u200F"));
    }
}
