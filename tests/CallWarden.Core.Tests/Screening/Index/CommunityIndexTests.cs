using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Tests.Screening.Index;

public sealed class CommunityIndexTests
{
    private const long Mobile = 8613912345678;

    private static CommunityIndex Build(params (long Key, CommunityState State)[] entries)
    {
        var builder = new CommunityIndexBuilder();
        foreach (var (key, state) in entries)
        {
            builder.Add(key, state);
        }

        return builder.Build();
    }

    [Fact]
    public void Empty_index_knows_no_number()
    {
        var index = new CommunityIndexBuilder().Build();

        Assert.Equal(0, index.Count);
        Assert.False(index.TryGet(Mobile, out var state));
        Assert.Equal(CommunityState.None, state);
        Assert.False(CommunityIndex.Empty.TryGet(Mobile, out _));
    }

    [Fact]
    public void One_number_is_found_and_its_neighbours_are_not()
    {
        var index = Build((Mobile, CommunityState.Suspended));

        Assert.True(index.TryGet(Mobile, out var state));
        Assert.Equal(CommunityState.Suspended, state);
        Assert.False(index.TryGet(Mobile - 1, out _));
        Assert.False(index.TryGet(Mobile + 1, out _));
        Assert.Equal(1, index.Count);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-8613912345678L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public void Keys_outside_E164_are_never_found(long key)
    {
        var index = Build((Mobile, CommunityState.Labelled), (long.MaxValue - 1, CommunityState.Labelled));

        Assert.False(index.TryGet(key, out _));
    }

    [Fact]
    public void Numbers_of_other_countries_and_past_15_digits_are_found()
    {
        (long, CommunityState)[] entries =
        [
            (12025550123, CommunityState.Labelled),
            (442079460958, CommunityState.Disputed),
            (8675588889999, CommunityState.Restricted),
            (861012345678, CommunityState.VerifiedBusiness),
            (8612321, CommunityState.RegisteredMarketing),
            (999_999_999_999_999, CommunityState.Labelled),
            (long.MaxValue, CommunityState.Suspended),
        ];
        var index = Build(entries);

        foreach (var (key, state) in entries)
        {
            Assert.True(index.TryGet(key, out var found));
            Assert.Equal(state, found);
        }
    }

    [Fact]
    public void Numbers_either_side_of_a_block_boundary_are_told_apart()
    {
        var boundary = 8613912340000;
        var entries = new List<(long, CommunityState)>();
        for (var i = 0; i < 2000; i++)
        {
            entries.Add((boundary - 1000 + i, (i & 1) == 0 ? CommunityState.Labelled : CommunityState.Restricted));
        }

        var index = Build([.. entries]);

        Assert.True(index.TryGet(boundary - 1, out var before));
        Assert.True(index.TryGet(boundary, out var at));
        Assert.Equal(CommunityState.Restricted, before);
        Assert.Equal(CommunityState.Labelled, at);
        Assert.False(index.TryGet(boundary - 1001, out _));
        Assert.False(index.TryGet(boundary + 1000, out _));
    }

    [Fact]
    public void A_full_block_becomes_a_bitmap_and_scattered_numbers_stay_sparse()
    {
        var entries = new List<(long, CommunityState)>();
        for (var suffix = 0; suffix < 10_000; suffix += 2)
        {
            entries.Add((8613912340000 + suffix, CommunityState.Labelled));
        }

        var scattered = SyntheticNumbers.Uniform(1_000, seed: 7);
        entries.AddRange(scattered.Select(key => (key, CommunityState.Suspended)));
        var index = Build([.. entries]);

        Assert.Equal(1, index.Dense.Count);
        Assert.Equal(5_000, index.Dense.Entries);
        Assert.NotNull(index.Regions.Single(region => region is not null));
        Assert.True(index.TryGet(8613912349998, out var dense));
        Assert.Equal(CommunityState.Labelled, dense);
        Assert.False(index.TryGet(8613912349999, out _));
        Assert.All(scattered, key => Assert.True(index.TryGet(key, out var state) && state == CommunityState.Suspended));
    }

    [Fact]
    public void TryGetMany_answers_every_kind_of_number_and_needs_room_for_every_answer()
    {
        var index = Build((Mobile, CommunityState.Labelled), (12025550123, CommunityState.Restricted), (long.MaxValue, CommunityState.Suspended));
        long[] numbers = [Mobile, Mobile + 1, 12025550123, long.MaxValue, 0, -5];
        var states = new CommunityState[numbers.Length];

        Assert.Equal(3, index.TryGetMany(numbers, states));
        Assert.Equal([CommunityState.Labelled, CommunityState.None, CommunityState.Restricted, CommunityState.Suspended, CommunityState.None, CommunityState.None], states);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.TryGetMany(numbers, new CommunityState[2]));
    }

    [Fact]
    public void A_delta_adds_changes_and_removes_without_touching_the_old_snapshot()
    {
        var old = Build((Mobile, CommunityState.Labelled), (Mobile + 1, CommunityState.Labelled));

        var next = old.Apply([
            new CommunityDelta(Mobile, CommunityState.Suspended),
            new CommunityDelta(Mobile + 1, CommunityState.None),
            new CommunityDelta(Mobile + 2, CommunityState.Disputed),
        ]);

        Assert.True(next.TryGet(Mobile, out var changed) && changed == CommunityState.Suspended);
        Assert.False(next.TryGet(Mobile + 1, out _));
        Assert.True(next.TryGet(Mobile + 2, out var added) && added == CommunityState.Disputed);
        Assert.Equal(2, next.Count);
        Assert.True(old.TryGet(Mobile + 1, out var kept) && kept == CommunityState.Labelled);
        Assert.Equal(2, old.Count);
    }

    [Fact]
    public void A_delta_rebuilds_only_the_segment_it_touches()
    {
        var keys = SyntheticNumbers.Uniform(300_000, seed: 3);
        var builder = new CommunityIndexBuilder();
        foreach (var key in keys)
        {
            builder.Add(key, SyntheticNumbers.StateFor(key));
        }

        var index = builder.Build();
        var changed = (CommunityState)(((int)SyntheticNumbers.StateFor(keys[0]) % 15) + 1);
        var region = index.Regions.Single(region => region is not null)!;

        var next = index.Apply([new CommunityDelta(keys[0], changed)]);
        var nextRegion = next.Regions.Single(region => region is not null)!;

        Assert.True(region.SegmentCount > 2);
        Assert.Equal(region.SegmentCount - 1, Enumerable.Range(0, region.SegmentCount).Count(s => region.SharesSegment(nextRegion, s)));
        Assert.True(next.TryGet(keys[0], out var state) && state == changed);
    }
}
