using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using CsCheck;

namespace CallWarden.Core.Tests.Screening;

public sealed class FactsTableTests
{
    private const long First = 8613800000000;
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Facts as the reader makes them: a restriction has an end, a suspension none, and either may come with a reputation.</summary>
    private static readonly Gen<CommunityFacts> Facts =
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 127], Gen.Int[0, 3], Gen.Int[0, 8], (score, flags, shape, category) => shape switch
        {
            0 => default,
            1 => new CommunityFacts(0, flags: (CommunityFlags)flags & ~CommunityFlags.Restricted),
            2 => new CommunityFacts(0, flags: CommunityFlags.Restricted, enforcedUntil: Now.AddMinutes(score + 1)),
            _ => new CommunityFacts(score, category == 8 ? null : (ReportCategory)category, score / 3, (CommunityFlags)flags, (flags & 4) != 0 ? Now.AddHours(score) : null),
        });

    private static readonly Gen<KeyValuePair<long, CommunityFacts>> Change = Gen.Select(Gen.Long[First, First + 500], Facts, KeyValuePair.Create);

    [Fact]
    public void Merging_changes_gives_what_building_from_the_result_gives()
    {
        Gen.Select(Change.Array[0, 300], Change.Array[0, 300].Array[1, 4]).Sample((initial, batches) =>
        {
            var truth = new SortedDictionary<long, CommunityFacts>();
            foreach (var (number, facts) in initial)
            {
                truth[number] = facts;
            }

            var table = Build(truth);
            foreach (var batch in batches)
            {
                var last = new SortedDictionary<long, CommunityFacts>();
                foreach (var (number, facts) in batch)
                {
                    last[number] = truth[number] = facts;
                }

                table = table.Merge([.. last]);
            }

            var built = Build(truth);
            for (var number = First; number <= First + 500; number++)
            {
                var found = table.TryGetReported(number, out var facts);
                if (found != built.TryGetReported(number, out var expected) || facts != expected || table.RestrictionEnd(number) != built.RestrictionEnd(number))
                {
                    return false;
                }
            }

            return table.ReportedCount == built.ReportedCount && table.RestrictedCount == built.RestrictedCount;
        });
    }

    [Fact]
    public void A_reported_number_keeps_every_fact_a_reason_reads()
    {
        var facts = new CommunityFacts(87, ReportCategory.Fraud, 41, CommunityFlags.Labelled | CommunityFlags.Restricted, Now);
        var table = new FactsTableBuilder().Add(First, facts).Build();

        Assert.True(table.TryGetReported(First, out var found));
        Assert.Equal(facts, found);
        Assert.False(table.TryGetReported(First + 1, out _));
    }

    [Fact]
    public void A_number_with_state_bits_alone_is_not_in_the_table()
    {
        var table = new FactsTableBuilder()
            .Add(First, new CommunityFacts(0, flags: CommunityFlags.RegisteredMarketing))
            .Add(First + 1, new CommunityFacts(0, flags: CommunityFlags.Suspended))
            .Build();

        Assert.Same(FactsTable.Empty, table);
    }

    [Fact]
    public void A_restriction_without_a_reputation_keeps_only_its_end()
    {
        var table = new FactsTableBuilder().Add(First, new CommunityFacts(0, flags: CommunityFlags.Restricted, enforcedUntil: Now)).Build();

        Assert.False(table.TryGetReported(First, out _));
        Assert.Equal(Now, table.RestrictionEnd(First));
        Assert.Equal((0, 1), (table.ReportedCount, table.RestrictedCount));
    }

    [Fact]
    public void A_number_merged_with_nothing_known_leaves_both_parts()
    {
        var table = new FactsTableBuilder().Add(First, new CommunityFacts(60, ReportCategory.Fraud, 3, CommunityFlags.Labelled | CommunityFlags.Restricted, Now)).Build();

        var merged = table.Merge([KeyValuePair.Create(First, default(CommunityFacts))]);

        Assert.False(merged.TryGetReported(First, out _));
        Assert.Null(merged.RestrictionEnd(First));
        Assert.True(table.TryGetReported(First, out _));
    }

    [Fact]
    public void Numbers_out_of_order_are_refused()
    {
        var builder = new FactsTableBuilder().Add(First + 1, new CommunityFacts(10));

        Assert.Throws<ArgumentException>(() => builder.Add(First, new CommunityFacts(10)));
    }

    [Fact]
    public void A_lookup_finds_every_number_of_a_large_table_and_none_between()
    {
        var builder = new FactsTableBuilder(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            builder.Add(First + (3 * i), new CommunityFacts(1 + (i % 100), distinctReporters: i));
        }

        var table = builder.Build();

        Assert.All(Enumerable.Range(0, 10_000), i =>
        {
            Assert.True(table.TryGetReported(First + (3 * i), out var facts));
            Assert.Equal(i, facts.DistinctReporters);
            Assert.False(table.TryGetReported(First + (3 * i) + 1, out _));
        });
        Assert.False(table.TryGetReported(First - 1, out _));
    }

    private static FactsTable Build(SortedDictionary<long, CommunityFacts> facts)
    {
        var builder = new FactsTableBuilder();
        foreach (var (number, known) in facts)
        {
            builder.Add(number, known);
        }

        return builder.Build();
    }
}
