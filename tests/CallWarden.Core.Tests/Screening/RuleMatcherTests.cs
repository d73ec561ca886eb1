using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class RuleMatcherTests
{
    private static readonly DateTimeOffset Added = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Now = Screen.Now;

    private static RuleMatch Match(long e164, params RuleEntry[] entries) => RuleMatcher.Build(entries, "CN").Match(e164, Now);

    [Fact]
    public void The_longest_prefix_wins_among_blocks()
    {
        var broad = RuleEntry.Block("+86*", Added, Disposition.Busy);
        var narrow = RuleEntry.Block("+86139*", Added);

        Assert.Equal(new RuleMatch(narrow, null), Match(8613912345678, broad, narrow));
        Assert.Equal(new RuleMatch(broad, null), Match(8613812345678, broad, narrow));
    }

    [Fact]
    public void An_allow_entry_overrides_a_broader_block_and_a_block_a_broader_allow()
    {
        var blockArea = RuleEntry.Block("0755*", Added);
        var allowDentist = RuleEntry.Allow("0755 8888 9999", Added);
        var allowMobiles = RuleEntry.Allow("+86139*", Added);
        var blockOne = RuleEntry.Block("13987654321", Added);

        Assert.Equal(new RuleMatch(allowDentist, blockArea), Match(8675588889999, blockArea, allowDentist));
        Assert.Equal(new RuleMatch(blockArea, null), Match(8675588889998, blockArea, allowDentist));
        Assert.Equal(new RuleMatch(blockOne, allowMobiles), Match(8613987654321, allowMobiles, blockOne));
    }

    [Fact]
    public void At_equal_length_allow_wins_whatever_the_order()
    {
        var block = RuleEntry.Block("+86139*", Added);
        var allow = RuleEntry.Allow("139*", Added);

        Assert.Equal(new RuleMatch(allow, block), Match(8613912345678, block, allow));
        Assert.Equal(new RuleMatch(allow, block), Match(8613912345678, allow, block));
    }

    [Fact]
    public void A_wildcard_counts_only_its_fixed_digits()
    {
        var prefix = RuleEntry.Block("+86139*", Added, Disposition.Busy);
        var masked = RuleEntry.Allow("139****5678", Added);
        var exact = RuleEntry.Block("13900005678", Added);

        Assert.Equal(new RuleMatch(masked, prefix), Match(8613912345678, prefix, masked));
        Assert.Equal(new RuleMatch(exact, masked), Match(8613900005678, prefix, masked, exact));
        Assert.Equal(new RuleMatch(prefix, null), Match(8613912345679, prefix, masked, exact));
    }

    [Fact]
    public void A_fixed_length_pattern_beats_an_open_one_with_as_many_fixed_digits()
    {
        var open = RuleEntry.Allow("+8613912345678*", Added);
        var exact = RuleEntry.Block("+8613912345678", Added);

        Assert.Equal(new RuleMatch(exact, open), Match(8613912345678, open, exact));
        Assert.Equal(new RuleMatch(open, null), Match(86139123456789, open, exact));
    }

    [Fact]
    public void A_wildcard_of_fixed_length_matches_only_numbers_of_that_length()
    {
        var masked = RuleEntry.Block("+86139????5678", Added);

        Assert.Equal(masked, Match(8613900005678, masked).Winner);
        Assert.Null(Match(86139000056780, masked).Winner);
        Assert.Null(Match(861390005678, masked).Winner);
    }

    [Fact]
    public void Expired_entries_are_skipped_and_the_next_best_decides()
    {
        var broad = RuleEntry.Block("+86*", Added);
        var expired = RuleEntry.Allow("13912345678", Added, expiresAt: Now);
        var live = RuleEntry.Allow("13912345678", Added, expiresAt: Now.AddTicks(1));

        Assert.Equal(new RuleMatch(broad, null), Match(8613912345678, broad, expired));
        Assert.Equal(new RuleMatch(live, broad), Match(8613912345678, broad, expired, live));
    }

    [Fact]
    public void The_earlier_of_two_equal_entries_wins()
    {
        var first = RuleEntry.Block("+86139*", Added, note: "first");
        var second = RuleEntry.Block("139*", Added.AddDays(1), Disposition.Busy, note: "second");

        Assert.Equal(first, Match(8613912345678, first, second).Winner);
    }

    [Fact]
    public void No_entries_and_no_number_match_nothing()
    {
        Assert.Equal(default, Match(8613912345678));
        Assert.Equal(default, Match(0, RuleEntry.Block("+86*", Added)));
        Assert.Equal(0, RuleMatcher.Empty.Count);
    }

    [Fact]
    public void Many_overlapping_wildcards_are_all_considered()
    {
        const string national = "13912345678";
        var masked = Enumerable.Range(1, 10)
            .Select(i => RuleEntry.Block($"+86{national[..i]}?{national[(i + 1)..]}{(i % 2 == 0 ? "*" : string.Empty)}", Added, note: $"mask {i}"));
        var entries = masked.Prepend(RuleEntry.Allow("+8613*", Added)).ToArray();

        var match = Match(8613912345678, entries);

        Assert.Equal("mask 1", match.Winner?.Note);
        Assert.Equal("+8613*", match.Overridden?.Pattern);
        Assert.Equal("mask 2", Match(86139123456789, entries).Winner?.Note);
    }
}
