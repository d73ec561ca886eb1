using CallWarden.Core.Reputation;
using CsCheck;

namespace CallWarden.Core.Tests.Reputation;

public sealed class BurstDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static DateTimeOffset[] Minutes(params int[] minutes) => [.. minutes.Select(m => Start.AddMinutes(m))];

    [Fact]
    public void Three_within_an_hour_are_marked_and_a_straggler_is_not()
    {
        Assert.Equal([true, true, true, false], BurstDetector.Mark(Minutes(0, 20, 59, 200), Hour, 3));
    }

    [Fact]
    public void Exactly_an_hour_apart_is_not_within_the_hour()
    {
        Assert.Equal([false, false], BurstDetector.Mark(Minutes(0, 60), Hour, 2));
    }

    [Fact]
    public void Marks_equal_a_brute_force_search_of_every_window()
    {
        var times = Gen.Int[0, 600].Array[0, 60].Select(m => Minutes([.. m.Order()]));
        Gen.Select(times, Gen.Int[1, 8]).Sample((ascending, minimum) =>
        {
            var expected = ascending.Select(t => ascending.Any(start =>
                start <= t && t - start < Hour && ascending.Count(u => u >= start && u - start < Hour) >= minimum));

            Assert.Equal(expected, BurstDetector.Mark(ascending, Hour, minimum));
        });
    }
}
