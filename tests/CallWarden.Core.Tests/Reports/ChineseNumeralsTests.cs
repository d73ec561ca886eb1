using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("十一月二十八日", "11月28日")]
    [InlineData("下午两点半", "下午2点半")]
    [InlineData("三点零五分", "3点05分")]
    [InlineData("十点十分", "10点10分")]
    [InlineData("二〇二六年", "2026年")]
    [InlineData("五十九分", "59分")]
    [InlineData("一刻", "1刻")]
    [InlineData("14:30", "14:30")]
    [InlineData("", "")]
    public void Runs_of_numerals_become_digits(string text, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.ToDigits(text));
    }

    [Theory]
    [InlineData("十十点")]
    [InlineData("一二十点")]
    [InlineData("十二三点")]
    public void Runs_that_are_no_number_stay_as_they_are(string text)
    {
        Assert.Equal(text, ChineseNumerals.ToDigits(text));
    }
}
