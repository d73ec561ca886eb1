using System.Collections.Concurrent;
using System.Globalization;
using CallWarden.Web.Screening;

namespace CallWarden.Web.Tests.Screening;

/// <summary>
/// <see cref="DecisionIds"/> gives RFC 9562 version 7 UUIDs, as <c>Guid.CreateVersion7</c> does: the
/// time first, the version and variant in place, random bits that change, and no id twice.
/// </summary>
public sealed class DecisionIdsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 15, 30, 0, 123, TimeSpan.Zero);

    [Fact]
    public void Is_a_version_7_uuid_in_the_same_form_as_the_runtime_s()
    {
        var id = DecisionIds.Next(At);
        var runtime = Guid.CreateVersion7(At).ToString("N");

        Assert.Matches("^[0-9a-f]{32}$", id);
        var parsed = Guid.ParseExact(id, "N");
        Assert.Equal(7, parsed.Version);
        Assert.Equal(runtime.Length, id.Length);
        Assert.Equal(runtime[..12], id[..12]);
        Assert.Equal('7', id[12]);
        Assert.Contains(id[16], "89ab");
    }

    [Fact]
    public void Starts_with_the_time_in_milliseconds()
    {
        var id = DecisionIds.Next(At);

        Assert.Equal(At.ToUnixTimeMilliseconds(), long.Parse(id[..12], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_later_millisecond_sorts_after()
    {
        var earlier = DecisionIds.Next(At);
        var later = DecisionIds.Next(At.AddMilliseconds(1));

        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}");
    }

    [Fact]
    public void Is_never_repeated_across_threads_and_refills()
    {
        // Four threads, each past many refills of its random buffer (409 ids each), at the same millisecond.
        var seen = new ConcurrentDictionary<string, byte>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                Assert.True(seen.TryAdd(DecisionIds.Next(At), 0));
            }
        });

        Assert.Equal(100_000, seen.Count);
    }

    [Fact]
    public void Every_random_bit_changes()
    {
        // The 74 random bits: 12 after the version, 62 after the variant. Each is set in about half of the ids.
        const int Count = 20_000;
        var ones = new int[128];
        for (var i = 0; i < Count; i++)
        {
            var bytes = Convert.FromHexString(DecisionIds.Next(At));
            for (var bit = 0; bit < 128; bit++)
            {
                ones[bit] += (bytes[bit / 8] >> (7 - (bit % 8))) & 1;
            }
        }

        var random = Enumerable.Range(52, 12).Concat(Enumerable.Range(66, 62)).ToList();
        Assert.Equal(74, random.Count);
        Assert.All(random, bit => Assert.InRange(ones[bit], Count * 45 / 100, Count * 55 / 100));
        Assert.All(Enumerable.Range(0, 128).Except(random), bit => Assert.True(ones[bit] is 0 or Count, $"bit {bit} is fixed by the time, version or variant"));
    }

    [Fact]
    public void Refuses_a_time_before_1970()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecisionIds.Next(new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero)));
    }
}
