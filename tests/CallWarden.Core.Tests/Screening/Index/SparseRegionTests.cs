using CallWarden.Core.Screening.Index;
using CsCheck;

namespace CallWarden.Core.Tests.Screening.Index;

public sealed class SparseRegionTests
{
    /// <summary>Keys bunched in a few places of a wide range, so that buckets of 0, 1 and over 64 numbers all occur.</summary>
    private static readonly Gen<long[]> Keys = Gen.Frequency(
            (3, Gen.Long[0, 100_000_000_000]),
            (2, Gen.Long[0, 3_000]),
            (1, Gen.Long[50_000_000_000, 50_000_200_000]))
        .Select(offset => SyntheticNumbers.Cn + offset)
        .Array[1, 3_000]
        .Select(keys => keys.Distinct().Order().ToArray());

    [Fact]
    public void Every_key_is_found_with_its_state_and_no_other_key_is()
    {
        Keys.Sample(keys =>
        {
            var states = keys.Select(SyntheticNumbers.StateFor).ToArray();
            var region = SparseRegion.Create(keys, states, 4);
            var members = keys.ToHashSet();

            Assert.Equal(keys.Length, region.Count);
            for (var i = 0; i < keys.Length; i++)
            {
                Assert.True(region.TryGet(keys[i], out var state), $"{keys[i]} lost");
                Assert.Equal(states[i], state);
                foreach (var near in (ReadOnlySpan<long>)[keys[i] - 1, keys[i] + 1, keys[i] + 9_999])
                {
                    Assert.Equal(members.Contains(near), region.TryGet(near, out _));
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Applying_changes_equals_building_from_the_changed_keys()
    {
        Gen.Select(Keys, Keys, Gen.Int[0, 15].Array[3_000]).Sample((keys, changes, changeStates) =>
        {
            var region = SparseRegion.Create(keys, [.. keys.Select(SyntheticNumbers.StateFor)], 4);
            var inRange = changes.Where(region.Covers).ToArray();
            var states = inRange.Select((_, i) => (CommunityState)changeStates[i]).ToArray();

            var applied = region.Apply(inRange, states);

            var model = keys.ToDictionary(key => key, SyntheticNumbers.StateFor);
            for (var i = 0; i < inRange.Length; i++)
            {
                if (states[i] == CommunityState.None)
                {
                    model.Remove(inRange[i]);
                }
                else
                {
                    model[inRange[i]] = states[i];
                }
            }

            Assert.NotNull(applied);
            Assert.Equal(model.Count, applied.Count);
            foreach (var (key, state) in model)
            {
                Assert.True(applied.TryGet(key, out var found) && found == state, $"{key}");
            }

            var decodedKeys = new List<long>();
            applied.CopyTo(decodedKeys, []);
            Assert.Equal(model.Keys.Order(), decodedKeys);
        }, iter: 200);
    }

    [Fact]
    public void A_segment_too_full_for_16_bit_directory_entries_gets_32_bit_ones()
    {
        var spread = SyntheticNumbers.Uniform(200, seed: 4);
        var crowded = Enumerable.Range(0, 70_000).Select(i => SyntheticNumbers.Cn + 5_000_000_000 + (i * 3L));
        var keys = spread.Concat(crowded).Distinct().Order().ToArray();
        var states = keys.Select(SyntheticNumbers.StateFor).ToArray();

        var region = SparseRegion.Create(keys, states, 4);
        var uniform = SparseRegion.Create(spread.Order().ToArray(), [.. spread.Order().Select(SyntheticNumbers.StateFor)], 4);

        var members = keys.ToHashSet();
        Assert.False(region.HasNarrowDirectory);
        Assert.True(uniform.HasNarrowDirectory);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(region.TryGet(keys[i], out var state) && state == states[i], $"{keys[i]}");
            Assert.Equal(members.Contains(keys[i] + 1), region.TryGet(keys[i] + 1, out _));
        }
    }

    [Fact]
    public void A_change_outside_the_range_or_wider_than_the_state_field_asks_for_a_rebuild()
    {
        long[] keys = [8613900000000, 8613900000500, 8613900001000];
        var region = SparseRegion.Create(keys, [CommunityState.Labelled, CommunityState.Labelled, CommunityState.Labelled], 1);

        Assert.Null(region.Apply([8613900001001], [CommunityState.Labelled]));
        Assert.Null(region.Apply([8613900000001], [CommunityState.Suspended]));
        Assert.NotNull(region.Apply([8613900000001], [CommunityState.Labelled]));
    }
}
