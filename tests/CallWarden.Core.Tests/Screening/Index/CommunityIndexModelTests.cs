using CallWarden.Core.Screening.Index;
using CsCheck;

namespace CallWarden.Core.Tests.Screening.Index;

/// <summary>The index against a <see cref="Dictionary{TKey, TValue}"/> through builds and deltas.</summary>
public sealed class CommunityIndexModelTests
{
    private const long HotBlocks = 8613912340000;

    /// <summary>
    /// Keys that collide often (three hot 号段 blocks, a few hundred +86 and US numbers) mixed with
    /// keys from anywhere, so that deltas change and remove what the build put in.
    /// </summary>
    private static readonly Gen<long> Key = Gen.Frequency(
        (4, Gen.Long[0, 29_999].Select(i => HotBlocks + i)),
        (2, Gen.Long[0, 399].Select(i => SyntheticNumbers.Cn + (i * 249_999_989))),
        (1, Gen.Long[0, 199].Select(i => 12_000_000_000 + (i * 37_000_011))),
        (1, Gen.Long[1, 999_999_999_999_999]),
        (1, Gen.Long[1, long.MaxValue]));

    private static readonly Gen<CommunityState> State = Gen.Int[0, 63].Select(i => (CommunityState)i);

    private static readonly Gen<(long, CommunityState)> Entry = Gen.Select(Key, State);

    /// <summary>Sometimes a block dense enough for a bitmap, always some scattered numbers.</summary>
    private static readonly Gen<(long, CommunityState)[]> Initial = Gen.Select(
        Gen.Int[0, 2].SelectMany(blocks => Gen.Int[0, 9_999].Select(s => HotBlocks + s).Array[blocks * 900]),
        Entry.Array[0, 400],
        (dense, scattered) => dense.Select(key => (key, CommunityState.Labelled)).Concat(scattered).ToArray());

    [Fact]
    public void Index_answers_as_a_dictionary_through_builds_and_deltas()
    {
        var initial = Initial.Select(entries =>
        {
            var builder = new CommunityIndexBuilder();
            var model = new Dictionary<long, CommunityState>();
            foreach (var (key, state) in entries)
            {
                builder.Add(key, state);
                Set(model, key, state);
            }

            return (new Box(builder.Build()), model);
        });

        var applyDeltas = Entry.Array[1, 300].Operation<Box, Dictionary<long, CommunityState>>(
            entries => $" apply {entries.Length}",
            (box, entries) => box.Index = box.Index.Apply([.. entries.Select(e => new CommunityDelta(e.Item1, e.Item2))], minFoldChurn: 500),
            (model, entries) =>
            {
                foreach (var (key, state) in entries)
                {
                    Set(model, key, state);
                }
            });

        var clearHotBlock = Gen.Int[0, 2].Operation<Box, Dictionary<long, CommunityState>>(
            block => $" clear block {block}",
            (box, block) =>
            {
                var (keys, _) = box.Index.ToArrays();
                box.Index = box.Index.Apply([.. keys.Where(key => InHotBlock(key, block)).Select(key => new CommunityDelta(key, CommunityState.None))]);
            },
            (model, block) =>
            {
                foreach (var key in model.Keys.Where(key => InHotBlock(key, block)).ToList())
                {
                    model.Remove(key);
                }
            });

        initial.SampleModelBased([applyDeltas, clearHotBlock], Agrees, iter: 300, threads: 1);
    }

    private static bool InHotBlock(long key, int block) => key >= HotBlocks + (block * 10_000L) && key < HotBlocks + ((block + 1) * 10_000L);

    private static void Set(Dictionary<long, CommunityState> model, long key, CommunityState state)
    {
        if (state == CommunityState.None)
        {
            model.Remove(key);
        }
        else
        {
            model[key] = state;
        }
    }

    /// <summary>Asserts (so that a failure names the number) and returns true.</summary>
    private static bool Agrees(Box box, Dictionary<long, CommunityState> model)
    {
        var index = box.Index;
        var probes = model.Keys.SelectMany(key => new[] { key, key - 1, key + 1, key + 10_000 }).Append(0).Append(-1).Append(long.MaxValue).ToArray();
        var many = new CommunityState[probes.Length];
        var manyFound = index.TryGetMany(probes, many);
        Assert.Equal(probes.Count(model.ContainsKey), manyFound);
        for (var i = 0; i < probes.Length; i++)
        {
            Assert.True(many[i] == model.GetValueOrDefault(probes[i]), $"TryGetMany {probes[i]}: {many[i]}");
        }

        var (keys, states) = index.ToArrays();
        Assert.Equal(model.Keys.Order(), keys);
        Assert.Equal(keys.Select(key => model[key]), states);
        Assert.Equal(model.Count, index.Count);
        foreach (var (key, state) in model)
        {
            foreach (var probe in (ReadOnlySpan<long>)[key, key - 1, key + 1, key + 10_000])
            {
                var found = index.TryGet(probe, out var foundState);
                var expected = model.TryGetValue(probe, out var expectedState);
                Assert.True(found == expected && foundState == expectedState, $"{probe}: index {found} {foundState}, model {expected} {expectedState}");
            }
        }

        return true;
    }

    /// <summary>The mutable handle CsCheck's model-based sampling needs around the immutable snapshot.</summary>
    private sealed class Box(CommunityIndex index)
    {
        public CommunityIndex Index { get; set; } = index;

        public override string ToString() => $"index of {Index.Count}";
    }
}
