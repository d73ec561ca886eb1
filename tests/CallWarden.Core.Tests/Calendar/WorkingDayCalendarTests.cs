using CallWarden.Core.Calendar;
using CsCheck;

namespace CallWarden.Core.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, ChinaTime.Offset);

    [Fact]
    public void The_shipped_calendar_covers_2026()
    {
        Assert.True(China.Covers(2026));
        Assert.False(China.Covers(2025));
    }

    [Theory]
    [InlineData("2026-03-09")] // Monday
    [InlineData("2026-03-13")] // Friday
    public void An_ordinary_weekday_is_a_working_day(string date)
    {
        Assert.True(China.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2026-03-08")] // Sunday
    public void An_ordinary_weekend_is_not_a_working_day(string date)
    {
        Assert.False(China.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-16")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-04")]
    [InlineData("2026-05-05")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-01")]
    [InlineData("2026-10-07")]
    public void A_2026_public_holiday_on_a_weekday_is_not_a_working_day(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(day.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
        Assert.False(China.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void A_2026_make_up_working_day_on_a_weekend_is_a_working_day(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.IsWorkingDay(day));
    }

    [Fact]
    public void The_2026_spring_festival_is_nine_days_off_between_two_make_up_saturdays()
    {
        var days = Enumerable.Range(0, 15).Select(i => new DateOnly(2026, 2, 14).AddDays(i)).ToList();

        Assert.True(China.IsWorkingDay(days[0]));
        Assert.All(days[1..10], d => Assert.False(China.IsWorkingDay(d)));
        Assert.True(China.IsWorkingDay(days[10]));
    }

    [Fact]
    public void Adding_working_days_skips_the_national_day_week()
    {
        // Tuesday 29 September + 3 working days: Wed 30, (1–7 October off), Thu 8, Fri 9.
        Assert.Equal(new DateOnly(2026, 10, 9), China.AddWorkingDays(new DateOnly(2026, 9, 29), 3));
    }

    [Fact]
    public void Adding_working_days_counts_a_make_up_saturday()
    {
        // Thursday 7 May + 2: Fri 8, Sat 9 (make-up working day).
        Assert.Equal(new DateOnly(2026, 5, 9), China.AddWorkingDays(new DateOnly(2026, 5, 7), 2));
    }

    [Fact]
    public void Adding_zero_working_days_is_the_same_date()
    {
        Assert.Equal(new DateOnly(2026, 10, 3), China.AddWorkingDays(new DateOnly(2026, 10, 3), 0));
    }

    [Fact]
    public void A_deadline_is_the_start_of_the_working_day_after_the_last_one_counted()
    {
        // Received Monday 9 March: Tue, Wed, Thu are the three working days; due Friday 00:00 in China.
        Assert.Equal(ChinaTime.StartOf(new DateOnly(2026, 3, 13)), China.DeadlineAfter(At(3, 9), 3));
    }

    [Fact]
    public void A_deadline_falling_before_a_holiday_moves_past_the_holiday()
    {
        // Received Thursday 24 September: Sep 25–27 off, Mon 28, Tue 29, Wed 30 counted, Oct 1–7 off, Oct 8 next.
        Assert.Equal(ChinaTime.StartOf(new DateOnly(2026, 10, 8)), China.DeadlineAfter(At(9, 24), 3));
    }

    [Fact]
    public void A_deadline_is_named_by_the_last_working_day_before_it()
    {
        // Due Friday 13 March 00:00: "by Thursday 12 March"; due Thursday 8 October after the holiday: "by Wednesday 30 September".
        Assert.Equal(new DateOnly(2026, 3, 12), China.LastWorkingDayBefore(China.DeadlineAfter(At(3, 9), 3)));
        Assert.Equal(new DateOnly(2026, 9, 30), China.LastWorkingDayBefore(China.DeadlineAfter(At(9, 24), 3)));
        Assert.Equal(new DateOnly(2026, 3, 6), China.LastWorkingDayBefore(ChinaTime.StartOf(new DateOnly(2026, 3, 9))));
    }

    [Fact]
    public void Working_days_between_two_instants_count_whole_days_in_China()
    {
        Assert.Equal(0, China.WorkingDaysBetween(At(3, 9, 9), At(3, 9, 18)));
        Assert.Equal(1, China.WorkingDaysBetween(At(3, 9, 23), At(3, 10, 1)));
        Assert.Equal(5, China.WorkingDaysBetween(At(3, 6), At(3, 13)));
        Assert.Equal(0, China.WorkingDaysBetween(At(3, 13), At(3, 6)));
        Assert.Equal(2, China.WorkingDaysBetween(At(9, 30), At(10, 9)));
    }

    [Fact]
    public void Working_days_between_use_China_dates_not_UTC_dates()
    {
        // 17:00 UTC on Friday 13 March is already Saturday 14 March in China.
        var fridayInUtc = new DateTimeOffset(2026, 3, 13, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(0, China.WorkingDaysBetween(At(3, 13), fridayInUtc));
    }

    [Fact]
    public void Done_before_the_deadline_exactly_when_within_the_working_days()
    {
        var instants = Gen.Long[0, 700L * 24 * 60].Select(minutes => new DateTimeOffset(2025, 12, 1, 0, 0, 0, ChinaTime.Offset).AddMinutes(minutes));
        Gen.Select(instants, Gen.Int[0, 20 * 24 * 60], Gen.Int[0, 20]).Sample((start, minutesLater, days) =>
        {
            var done = start.AddMinutes(minutesLater);
            var onTime = done < China.DeadlineAfter(start, days);

            Assert.Equal(China.WorkingDaysBetween(start, done) <= days, onTime);
        });
    }

    [Fact]
    public void The_added_working_day_is_a_working_day_and_exactly_that_many_lie_between()
    {
        var dates = Gen.Int[0, 800].Select(d => new DateOnly(2025, 11, 1).AddDays(d));
        Gen.Select(dates, Gen.Int[1, 30]).Sample((date, days) =>
        {
            var result = China.AddWorkingDays(date, days);

            Assert.True(China.IsWorkingDay(result));
            Assert.Equal(days, China.WorkingDaysBetween(ChinaTime.StartOf(date), ChinaTime.StartOf(result)));
        });
    }

    [Fact]
    public void A_later_year_is_added_from_text_without_code()
    {
        const string Year2027 = """
            # 2027, in the same format
            2027-01-01 holiday 元旦
            2027-02-20 workday 春节调休
            """;

        Assert.True(China.TryExtend(Year2027, out var calendar, out var error), error?.ToString());
        Assert.True(calendar.Covers(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.False(China.Covers(2027));
    }

    [Theory]
    [InlineData("2026-01-01 holiday\n2026-1-2 holiday", 2, "2026-1-2")]
    [InlineData("# header\n\n2026-01-01 vacation 元旦", 3, "vacation")]
    [InlineData("2026-01-01", 1, "expected")]
    [InlineData("2026-01-01 holiday\n2026-02-30 holiday", 2, "2026-02-30")]
    [InlineData("2026-01-05 workday", 1, "Monday")]
    [InlineData("2026-01-01 holiday 元旦\n2026-01-01 holiday 元旦", 2, "line 1")]
    public void A_malformed_line_is_reported_with_its_line_number(string text, int line, string mentioned)
    {
        Assert.False(WorkingDayCalendar.TryParse(text, out _, out var error));
        Assert.Equal(line, error.Line);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_already_shipped_cannot_be_listed_again()
    {
        Assert.False(China.TryExtend("2026-10-01 holiday 国庆节", out _, out var error));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Comments_blank_lines_windows_line_ends_and_a_byte_order_mark_are_tolerated()
    {
        Assert.True(WorkingDayCalendar.TryParse("\uFEFF# c\r\n\r\n2026-01-01 holiday 元旦 # New Year\r\n", out var calendar, out _));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 1)));
    }
}
