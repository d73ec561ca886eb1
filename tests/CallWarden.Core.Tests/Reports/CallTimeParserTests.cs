using CallWarden.Core.Reports;
using static CallWarden.Core.Tests.Reports.SmsParserFixture;

namespace CallWarden.Core.Tests.Reports;

public sealed class CallTimeParserTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private static DateTimeOffset Read(string text, DateTimeOffset? now = null)
    {
        var problem = CallTimeParser.Parse(text, now ?? Now, Tolerance, Window, out var occurredAt);
        Assert.Null(problem);
        return occurredAt;
    }

    private static SmsRefusalReason? Problem(string text, DateTimeOffset? now = null) =>
        CallTimeParser.Parse(text, now ?? Now, Tolerance, Window, out _);

    [Theory]
    [InlineData("2026-11-28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("2026/11/28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("2026.11.28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("2026-11-28T14:30", 2026, 11, 28, 14, 30)]
    [InlineData("2026年11月28日 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("二〇二六年十一月二十八日下午两点半", 2026, 11, 28, 14, 30)]
    [InlineData("11月28日14:30", 2026, 11, 28, 14, 30)]
    [InlineData("11月28號 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("11-28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("11/28 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("11月28日下午2點30分", 2026, 11, 28, 14, 30)]
    [InlineData("11月28日 下午 2:30", 2026, 11, 28, 14, 30)]
    [InlineData("１１月２８日１４：３０", 2026, 11, 28, 14, 30)]
    [InlineData("昨天 14:30", 2026, 11, 28, 14, 30)]
    [InlineData("昨日14:30", 2026, 11, 28, 14, 30)]
    [InlineData("昨天下午3點", 2026, 11, 28, 15, 0)]
    [InlineData("昨天下午三点钟", 2026, 11, 28, 15, 0)]
    [InlineData("昨天下午3点整", 2026, 11, 28, 15, 0)]
    [InlineData("昨天下午3點45", 2026, 11, 28, 15, 45)]
    [InlineData("昨天下午3点三刻", 2026, 11, 28, 15, 45)]
    [InlineData("昨晚8点", 2026, 11, 28, 20, 0)]
    [InlineData("昨晚上八點半", 2026, 11, 28, 20, 30)]
    [InlineData("前天中午12點", 2026, 11, 27, 12, 0)]
    [InlineData("前天中午1点", 2026, 11, 27, 13, 0)]
    [InlineData("今天凌晨2點", 2026, 11, 29, 2, 0)]
    [InlineData("今早8点", 2026, 11, 29, 8, 0)]
    [InlineData("今天上午9時30分", 2026, 11, 29, 9, 30)]
    [InlineData("today 9:30 am", 2026, 11, 29, 9, 30)]
    [InlineData("Yesterday 12:05 AM", 2026, 11, 28, 0, 5)]
    [InlineData("yesterday 12:05 p.m.", 2026, 11, 28, 12, 5)]
    [InlineData("2026-11-28 14:30:59", 2026, 11, 28, 14, 30)]
    [InlineData("2026-11-28 14:30。", 2026, 11, 28, 14, 30)]
    [InlineData("2026-11-28\u200B 14:30", 2026, 11, 28, 14, 30)]
    public void Every_supported_shape_reads_as_China_time(string text, int year, int month, int day, int hour, int minute)
    {
        var time = Read(text);

        Assert.Equal(At(year, month, day, hour, minute), time.AddSeconds(-time.Second));
        Assert.Equal(China, time.Offset);
    }

    [Fact]
    public void Midnight_at_the_end_of_an_evening_is_the_next_days_zero_hour()
    {
        Assert.Equal(At(2026, 11, 28, 0, 0), Read("前天晚上12点"));
    }

    [Theory]
    [InlineData("09:59", 2026, 11, 29)]
    [InlineData("10:04", 2026, 11, 29)]
    [InlineData("10:06", 2026, 11, 28)]
    [InlineData("23:00", 2026, 11, 28)]
    public void A_clock_alone_is_today_unless_that_is_in_the_future(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(Read(text).DateTime));
    }

    [Fact]
    public void A_date_without_a_year_is_this_year_unless_that_is_in_the_future()
    {
        var newYearsDay = At(2027, 1, 2, 10, 0);

        Assert.Equal(At(2026, 12, 30, 20, 0), Read("12月30日晚上8点", newYearsDay));
        Assert.Equal(At(2027, 1, 1, 20, 0), Read("1月1日晚上8点", newYearsDay));
    }

    [Fact]
    public void The_twenty_ninth_of_February_without_a_year_is_the_latest_leap_day()
    {
        var march2028 = At(2028, 3, 1, 10, 0);
        var march2027 = At(2027, 3, 1, 10, 0);

        Assert.Equal(At(2028, 2, 29, 9, 0), Read("2月29日09:00", march2028));
        Assert.Equal(SmsRefusalReason.TimeNotUnderstood, Problem("2月29日09:00", march2027));
    }

    [Fact]
    public void The_first_minute_of_the_window_is_in_and_the_one_before_is_out()
    {
        Assert.Equal(At(2026, 10, 30, 10, 0), Read("2026-10-30 10:00"));
        Assert.Equal(SmsRefusalReason.TimeTooOld, Problem("2026-10-30 09:59"));
    }

    [Fact]
    public void A_clock_running_a_few_minutes_fast_is_tolerated_but_not_more()
    {
        Assert.Equal(At(2026, 11, 29, 10, 5), Read("2026-11-29 10:05"));
        Assert.Equal(SmsRefusalReason.TimeInFuture, Problem("2026-11-29 10:06"));
        Assert.Equal(SmsRefusalReason.TimeInFuture, Problem("今天晚上8点"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("昨天")]
    [InlineData("2026-11-28")]
    [InlineData("明天14:30")]
    [InlineData("24:00")]
    [InlineData("14:60")]
    [InlineData("13-28 14:30")]
    [InlineData("2026-11-31 14:30")]
    [InlineData("0000-01-01 00:00")]
    [InlineData("9999-12-31 23:59")]
    [InlineData("上午15点")]
    [InlineData("晚上3点")]
    [InlineData("下午 2:30 pm")]
    [InlineData("昨晚下午3点")]
    [InlineData("十十点")]
    [InlineData("14:30 14:30 14:30 14:30 14:30 14:30 14:30")]
    public void Anything_else_is_not_understood(string text)
    {
        Assert.Equal(SmsRefusalReason.TimeNotUnderstood, Problem(text));
    }
}
