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

    [Fact]
    public void A_restriction_keeps_its_end_with_or_without_a_reputation()
    {
        var end = new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.Zero);
        var reported = new CommunityFacts(70, Core.Reports.ReportCategory.Fraud, 4, CommunityFlags.Labelled | CommunityFlags.Restricted, end);
        var alone = new CommunityFacts(0, flags: CommunityFlags.Restricted, enforcedUntil: end.AddDays(1));
        var snapshot = CommunitySnapshot.Build([KeyValuePair.Create(8613800000001L, reported), KeyValuePair.Create(8613800000002L, alone)], 1);

        Assert.True(snapshot.TryGet(8613800000001, out var first));
        Assert.Equal(reported, first);
        Assert.True(snapshot.TryGet(8613800000002, out var second));
        Assert.Equal(alone, second);
        Assert.Equal((1, 2), (snapshot.Table.ReportedCount, snapshot.Table.RestrictedCount));
    }

    [Fact]
    public void Changes_past_the_fold_size_move_into_the_side_table()
    {
        var snapshot = CommunitySnapshot.Build([KeyValuePair.Create(8613800000000L, new CommunityFacts(50))], 1);
        var changes = Enumerable.Range(1, 5_000).Select(i => KeyValuePair.Create(8613800000000L + i, new CommunityFacts(i % 100, distinctReporters: 1))).ToList();

        var small = snapshot.Apply(changes[..100], 2);
        var folded = small.Apply(changes[100..], 3);

        Assert.Equal((100, 1), (small.OverlayCount, small.Table.ReportedCount));
        Assert.Equal((0, 5_001), (folded.OverlayCount, folded.Table.ReportedCount));
        Assert.True(folded.TryGet(8613800004999, out var facts) && facts.DistinctReporters == 1);
        var removed = folded.Apply([KeyValuePair.Create(8613800000000L, default(CommunityFacts))], 4);
        Assert.False(removed.TryGet(8613800000000, out _));
    }

    [Fact]
    public void A_number_with_state_bits_alone_costs_the_side_table_nothing()
    {
        var snapshot = CommunitySnapshot.Build(Enumerable.Range(0, 1_000).Select(i => KeyValuePair.Create(8613800000000L + i, new CommunityFacts(0, flags: CommunityFlags.Suspended))), 1);

        Assert.Equal(0, snapshot.Table.ReportedCount);
        Assert.Equal(1_000, snapshot.Index.Count);
        Assert.True(snapshot.TryGet(8613800000999, out var facts) && facts.Has(CommunityFlags.Suspended));
    }
}
