using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Tests.Screening.Index;

public sealed class CommunitySnapshotHolderTests
{
    [Fact]
    public void Swap_publishes_the_new_snapshot_and_returns_the_old()
    {
        var first = new CommunityIndexBuilder().Add(8613912345678, CommunityState.Labelled).Build();
        var second = first.Apply([new CommunityDelta(8613912345678, CommunityState.Suspended)]);
        var holder = new CommunitySnapshotHolder(first);

        Assert.Same(first, holder.Swap(second));
        Assert.Same(second, holder.Current);
    }

    /// <summary>
    /// Generation g gives every number the state g % 15 + 1, so a reader that sees two numbers of one
    /// snapshot with different states, or a state no generation had, has seen a torn snapshot.
    /// </summary>
    [Fact]
    public async Task Readers_see_whole_snapshots_while_a_writer_swaps_and_applies()
    {
        var keys = SyntheticNumbers.Uniform(20_000, seed: 5).Concat(SyntheticNumbers.Clustered(20_000, seed: 6)).ToArray();
        var generations = Enumerable.Range(0, 4).Select(g => Generation(keys, g)).ToArray();
        var holder = new CommunitySnapshotHolder(generations[0]);
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() => Read(holder, keys, r, stop.Token))).ToArray();
        for (var round = 1; round <= 200; round++)
        {
            if (round % 2 == 0)
            {
                holder.Swap(generations[round % generations.Length]);
            }
            else
            {
                var state = (CommunityState)((round % 15) + 1);
                holder.Apply([.. keys.Select(key => new CommunityDelta(key, state))]);
            }
        }

        await stop.CancelAsync();
        var reads = await Task.WhenAll(readers);
        Assert.All(reads, count => Assert.True(count > 0));
    }

    private static CommunityIndex Generation(long[] keys, int generation)
    {
        var builder = new CommunityIndexBuilder(keys.Length);
        foreach (var key in keys)
        {
            builder.Add(key, (CommunityState)((generation % 15) + 1));
        }

        return builder.Build();
    }

    private static long Read(CommunitySnapshotHolder holder, long[] keys, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        long reads = 0;
        while (!stop.IsCancellationRequested || reads == 0)
        {
            var snapshot = holder.Current;
            Assert.True(snapshot.TryGet(keys[random.Next(keys.Length)], out var first));
            for (var i = 0; i < 64; i++)
            {
                Assert.True(snapshot.TryGet(keys[random.Next(keys.Length)], out var state));
                Assert.Equal(first, state);
            }

            Assert.InRange((int)first, 1, 15);
            reads += 65;
        }

        return reads;
    }
}
