using CallWarden.Core.Screening;
using CallWarden.Data.Screening;
using CsCheck;

namespace CallWarden.Data.Tests.Screening;

public sealed class CommunitySnapshotTests
{
    private static readonly Gen<CommunityFacts> Facts =
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 127], Gen.Bool, (score, flags, none) => none ? default : new CommunityFacts(score, flags: (CommunityFlags)flags, distinctReporters: score / 10));

    private static readonly Gen<KeyValuePair<long, CommunityFacts>> Change =
        Gen.Select(Gen.Long[8613800000000, 8613800000300], Facts, KeyValuePair.Create);

    [Fact]
    public void Applying_changes_gives_what_building_from_the_result_gives()
    {
        Gen.Select(Change.Array[0, 200], Change.Array[0, 6000].Array[0, 4]).Sample((initial, batches) =>
        {
            var truth = new Dictionary<long, CommunityFacts>();
            foreach (var (number, facts) in initial)
            {
                truth[number] = facts;
            }

            var snapshot = CommunitySnapshot.Build(truth, 1);
            var version = 1L;
            foreach (var batch in batches)
            {
                var last = batch.GroupBy(c => c.Key).Select(g => g.Last()).ToList();
                foreach (var (number, facts) in last)
                {
                    truth[number] = facts;
                }

                snapshot = snapshot.Apply(last, ++version);
            }

            var built = CommunitySnapshot.Build(truth, version);
            for (var number = 8613800000000L; number <= 8613800000300; number++)
            {
                var found = snapshot.TryGet(number, out var facts);
                if (found != built.TryGet(number, out var expected) || facts != expected)
                {
                    return false;
                }
            }

            return snapshot.Version == version;
        });
    }

    [Fact]
    public void A_number_with_only_a_registry_state_is_known_by_its_flags()
    {
        var snapshot = CommunitySnapshot.Build([KeyValuePair.Create(8613800000001L, new CommunityFacts(0, flags: CommunityFlags.RegisteredMarketing))], 3);

        Assert.True(snapshot.TryGet(8613800000001, out var facts));
        Assert.True(facts.Has(CommunityFlags.RegisteredMarketing));
        Assert.False(snapshot.TryGet(8613800000002, out _));
        Assert.Equal(3, snapshot.Version);
    }

    [Fact]
    public void A_snapshot_is_not_changed_by_applying_to_it()
    {
        var before = CommunitySnapshot.Build([KeyValuePair.Create(8613800000001L, new CommunityFacts(90, flags: CommunityFlags.Labelled))], 1);

        var after = before.Apply([KeyValuePair.Create(8613800000001L, default(CommunityFacts))], 2);

        Assert.True(before.TryGet(8613800000001, out _));
        Assert.False(after.TryGet(8613800000001, out _));
    }
}
