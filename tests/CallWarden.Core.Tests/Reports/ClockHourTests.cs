using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class ClockHourTests
{
    [Theory]
    [InlineData(14, "", 14)]
    [InlineData(0, "凌晨", 0)]
    [InlineData(12, "凌晨", 0)]
    [InlineData(5, "凌晨", 5)]
    [InlineData(9, "上午", 9)]
    [InlineData(12, "中午", 12)]
    [InlineData(1, "中午", 13)]
    [InlineData(3, "下午", 15)]
    [InlineData(12, "下午", 12)]
    [InlineData(15, "下午", 15)]
    [InlineData(8, "晚上", 20)]
    [InlineData(12, "晚上", 24)]
    [InlineData(12, "am", 0)]
    [InlineData(12, "pm", 12)]
    [InlineData(1, "p.m", 13)]
    public void An_hour_with_its_period_is_an_hour_of_the_day(int hour, string period, int expected)
    {
        Assert.Equal(expected, ClockHour.Of(hour, period));
    }

    [Theory]
    [InlineData(24, "")]
    [InlineData(7, "凌晨")]
    [InlineData(12, "上午")]
    [InlineData(15, "上午")]
    [InlineData(5, "中午")]
    [InlineData(3, "晚上")]
    [InlineData(0, "pm")]
    [InlineData(13, "am")]
    [InlineData(3, "黄昏")]
    public void An_hour_nobody_would_say_with_that_period_is_not_guessed(int hour, string period)
    {
        Assert.Null(ClockHour.Of(hour, period));
    }
}
