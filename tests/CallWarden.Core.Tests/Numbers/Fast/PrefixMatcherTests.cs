using CallWarden.Core.Numbers.Fast;

namespace CallWarden.Core.Tests.Numbers.Fast;

/// <summary>
/// The prefix matcher steps two digits at a time (issue #12 part 6): a match may end on either digit
/// of a pair or on a last odd digit, and each must give the length Java's lookingAt gives.
/// </summary>
public sealed class PrefixMatcherTests
{
    private const string ChinaInternational = "00|1(?:[12]\\d|79)\\d\\d00";
    private const string ChinaNational = "(1(?:[12]\\d|79)\\d\\d)|0";

    [Theory]
    [InlineData(ChinaInternational, "00", 2)]
    [InlineData(ChinaInternational, "0086755", 2)]
    [InlineData(ChinaInternational, "0", 0)]
    [InlineData(ChinaInternational, "07558123456", 0)]
    [InlineData(ChinaInternational, "1795100", 7)]
    [InlineData(ChinaInternational, "17951008613912345678", 7)]
    [InlineData(ChinaInternational, "179110", 0)]
    [InlineData(ChinaInternational, "1791107558123456", 0)]
    [InlineData(ChinaInternational, "13912345678", 0)]
    [InlineData(ChinaNational, "0", 1)]
    [InlineData(ChinaNational, "07558123456", 1)]
    [InlineData(ChinaNational, "17911", 5)]
    [InlineData(ChinaNational, "179110755", 5)]
    [InlineData(ChinaNational, "1259313912345678", 5)]
    [InlineData(ChinaNational, "1795", 0)]
    [InlineData(ChinaNational, "13912345678", 0)]
    [InlineData("011", "011", 3)]
    [InlineData("011", "0114420", 3)]
    [InlineData("011", "01", 0)]
    [InlineData("1", "12025550123", 1)]
    public void Match_length_is_the_prefix_the_pattern_matches(string pattern, string digits, int length)
    {
        Assert.Equal(length, PrefixMatcher.Build(pattern)!.MatchLength(digits));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("0086")]
    public void A_pattern_with_one_match_inside_another_is_unsure(string digits)
    {
        Assert.Equal(PrefixMatcher.Unsure, PrefixMatcher.Build("0|00")!.MatchLength(digits));
    }

    /// <summary>
    /// Both prefixes read in one walk give what each gives alone: every length from 0 to 24, digits
    /// drawn so that the prefixes' own starts (0, 00, 1, 17, 179, 12, 011) are common, and a pattern
    /// that is unsure beside one that is exact.
    /// </summary>
    [Theory]
    [InlineData(ChinaInternational, ChinaNational)]
    [InlineData(ChinaNational, ChinaInternational)]
    [InlineData("011", "1")]
    [InlineData("0|00", ChinaNational)]
    [InlineData(ChinaInternational, "0|00")]
    public void Both_prefixes_in_one_walk_match_as_each_alone(string first, string second)
    {
        var a = PrefixMatcher.Build(first)!;
        var b = PrefixMatcher.Build(second)!;
        var random = new Random(12);
        string[] starts = ["", "0", "00", "1", "17", "179", "1795", "17951", "179510", "12593", "011", "01"];
        for (var n = 0; n < 20_000; n++)
        {
            var start = starts[random.Next(starts.Length)];
            var length = random.Next(0, 25);
            var digits = (start + string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10)))))[..Math.Min(length, start.Length + length)];
            Assert.Equal((a.MatchLength(digits), b.MatchLength(digits)), PrefixMatcher.MatchLengths(a, b, digits));
        }
    }

    [Fact]
    public void A_missing_pattern_matches_nothing_in_one_walk()
    {
        var national = PrefixMatcher.Build(ChinaNational)!;
        Assert.Equal((0, 5), PrefixMatcher.MatchLengths(null, national, "179110755"));
        Assert.Equal((5, 0), PrefixMatcher.MatchLengths(national, null, "179110755"));
    }
}
