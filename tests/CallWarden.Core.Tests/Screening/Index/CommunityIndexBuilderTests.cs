using CallWarden.Core.Screening.Index;
using CsCheck;

namespace CallWarden.Core.Tests.Screening.Index;

/// <summary>The builder's path for numbers in increasing order (a scan by primary key) against its path for any order.</summary>
public sealed class CommunityIndexBuilderTests
{
    /// <summary>Gaps from 1 to past 2^16 (the buffer's restarts), sometimes runs dense enough for a bitmap, sometimes another region.</summary>
    private static readonly Gen<long> Gap = Gen.Frequency((6, Gen.Long[1, 40]), (2, Gen.Long[1, 70_000]), (1, Gen.Long[60_000, 5_000_000_000]), (1, Gen.Long[1, 3]));

    private static readonly Gen<(long[] Keys, CommunityState[] States)> Increasing =
        Gen.Select(Gap.Array[0, 3_000], Gen.Int[0, 63].Select(i => (CommunityState)i).Array[3_000], (gaps, states) =>
        {
            var keys = new long[gaps.Length];
            var key = 8613000000000L;
            for (var i = 0; i < gaps.Length; i++)
            {
                keys[i] = key += gaps[i];
            }

            return (keys, states[..gaps.Length]);
        });

    [Fact]
    public void Numbers_in_increasing_order_build_what_the_same_numbers_in_any_order_build()
    {
        Increasing.Sample((keys, states) =>
        {
            var inOrder = new CommunityIndexBuilder(keys.Length / 2);
            var shuffled = new CommunityIndexBuilder();
            for (var i = 0; i < keys.Length; i++)
            {
                inOrder.Add(keys[i], states[i]);
            }

            foreach (var i in Enumerable.Range(0, keys.Length).OrderBy(i => (i * 7919) % 3001))
            {
                shuffled.Add(keys[i], states[i]);
            }

            var (builtKeys, builtStates) = inOrder.Build().ToArrays();
            var (expectedKeys, expectedStates) = shuffled.Build().ToArrays();
            return builtKeys.SequenceEqual(expectedKeys) && builtStates.SequenceEqual(expectedStates)
                && keys.Zip(states).All(e => inOrder.Build().TryGet(e.First, out var s) == (e.Second != CommunityState.None) && s == e.Second);
        });
    }

    [Fact]
    public void A_number_out_of_order_turns_the_build_into_a_sort_where_the_last_state_wins()
    {
        var builder = new CommunityIndexBuilder()
            .Add(8613800000001, CommunityState.Labelled)
            .Add(8613800000005, CommunityState.Suspended)
            .Add(8613800000003, CommunityState.Restricted)
            .Add(8613800000001, CommunityState.None);

        var (keys, states) = builder.Build().ToArrays();

        Assert.Equal([8613800000003, 8613800000005], keys);
        Assert.Equal([CommunityState.Restricted, CommunityState.Suspended], states);
    }

    [Fact]
    public void Sparse_numbers_in_order_with_gaps_past_16_bits_are_all_found()
    {
        var builder = new CommunityIndexBuilder(5_000);
        var keys = Enumerable.Range(0, 5_000).Select(i => 8613000000000L + (i * 100_003L)).ToArray();
        foreach (var key in keys)
        {
            builder.Add(key, CommunityState.Labelled | CommunityState.VerifiedBusiness);
        }

        var index = builder.Build();

        Assert.Equal(5_000, index.Count);
        Assert.All(keys, key => Assert.True(index.TryGet(key, out var state) && state == (CommunityState.Labelled | CommunityState.VerifiedBusiness)));
        Assert.False(index.TryGet(keys[7] + 1, out _));
    }
}
