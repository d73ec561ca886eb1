using CallWarden.Core.Calendar;

namespace CallWarden.Core.Tests.Calendar;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Late_evening_UTC_is_already_the_next_day_in_China()
    {
        var instant = new DateTimeOffset(2026, 9, 30, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 10, 1), ChinaTime.DateOf(instant));
    }

    [Fact]
    public void A_day_starts_at_midnight_UTC_plus_8()
    {
        var start = ChinaTime.StartOf(new DateOnly(2026, 10, 1));

        Assert.Equal(new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateOnly(2026, 10, 1), ChinaTime.DateOf(start));
        Assert.Equal(new DateOnly(2026, 9, 30), ChinaTime.DateOf(start.AddTicks(-1)));
    }
}
