using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class QuietHoursTests
{
    private static DateTimeOffset China(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(27, 21, 59, false)]
    [InlineData(27, 22, 0, true)]
    [InlineData(28, 3, 0, true)]
    [InlineData(28, 6, 59, true)]
    [InlineData(28, 7, 0, false)]
    [InlineData(28, 12, 0, false)]
    public void A_window_past_midnight_spans_two_dates(int day, int hour, int minute, bool inside)
    {
        Assert.Equal(inside, new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)).Contains(China(day, hour, minute)));
    }

    [Theory]
    [InlineData(27, 13, false)]
    [InlineData(28, 12, false)]
    [InlineData(28, 13, true)]
    [InlineData(28, 14, false)]
    [InlineData(29, 13, true)]
    [InlineData(30, 13, false)]
    public void A_midday_window_holds_only_on_its_days(int day, int hour, bool inside)
    {
        var weekend = new QuietHours(new TimeOnly(12, 30), new TimeOnly(14, 0), [DayOfWeek.Saturday, DayOfWeek.Sunday]);

        Assert.Equal(inside, weekend.Contains(China(day, hour)));
    }

    [Fact]
    public void A_night_belongs_to_the_day_it_started()
    {
        var fridayNights = new QuietHours(new TimeOnly(23, 0), new TimeOnly(8, 0), [DayOfWeek.Friday]);

        Assert.True(fridayNights.Contains(China(27, 23, 30)));
        Assert.True(fridayNights.Contains(China(28, 7, 59)));
        Assert.False(fridayNights.Contains(China(28, 23, 30)));
        Assert.False(fridayNights.Contains(China(27, 7, 0)));
    }

    [Fact]
    public void The_window_is_read_in_China_time()
    {
        var nights = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        Assert.True(nights.Contains(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero)));
        Assert.False(nights.Contains(new DateTimeOffset(2026, 11, 28, 22, 30, 0, TimeSpan.FromHours(-5))));
    }
}
