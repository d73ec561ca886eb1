using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class RulePatternTests
{
    [Theory]
    [InlineData("+86139*", "+86139*", PatternKind.Prefix)]
    [InlineData("0755*", "+86755*", PatternKind.Prefix)]
    [InlineData("+234*", "+234*", PatternKind.Prefix)]
    [InlineData("139*", "+86139*", PatternKind.Prefix)]
    [InlineData("86139*", "+86139*", PatternKind.Prefix)]
    [InlineData("0086 139*", "+86139*", PatternKind.Prefix)]
    [InlineData("010-1234*", "+86101234*", PatternKind.Prefix)]
    [InlineData("+86 (755) 8888*", "+867558888*", PatternKind.Prefix)]
    [InlineData("０７５５＊", "+86755*", PatternKind.Prefix)]
    [InlineData("٠٧٥٥*", "+86755*", PatternKind.Prefix)]
    [InlineData("0*", "+86*", PatternKind.Prefix)]
    [InlineData("13912345678", "+8613912345678", PatternKind.Exact)]
    [InlineData("139 1234 5678", "+8613912345678", PatternKind.Exact)]
    [InlineData("١٣٩١٢٣٤٥٦٧٨", "+8613912345678", PatternKind.Exact)]
    [InlineData("１３９１２３４５６７８", "+8613912345678", PatternKind.Exact)]
    [InlineData("+86 139-1234-5678", "+8613912345678", PatternKind.Exact)]
    [InlineData("17951 13912345678", "+8613912345678", PatternKind.Exact)]
    [InlineData("(0755)88889999", "+8675588889999", PatternKind.Exact)]
    [InlineData("110", "+86110", PatternKind.Exact)]
    [InlineData("+86110", "+86110", PatternKind.Exact)]
    [InlineData("95588", "+8695588", PatternKind.Exact)]
    [InlineData("139****5678", "+86139????5678", PatternKind.Wildcard)]
    [InlineData("139？？？？5678", "+86139????5678", PatternKind.Wildcard)]
    [InlineData("139?5*", "+86139?5*", PatternKind.Wildcard)]
    [InlineData("1391234****", "+861391234????", PatternKind.Wildcard)]
    public void Written_patterns_are_read_into_canonical_E164_form(string written, string canonical, PatternKind kind)
    {
        Assert.True(RulePattern.TryParse(written, "CN", out var pattern, out var error), error?.Message);

        Assert.Equal((canonical, kind), (pattern.Text, pattern.Kind));
        Assert.Equal(pattern.Text, RulePattern.Parse(pattern.Text, "US").Text);
    }

    [Theory]
    [InlineData("415*", "+1415*")]
    [InlineData("1 415*", "+1415*")]
    [InlineData("011 44 20*", "+4420*")]
    [InlineData("(415) 555-0123", "+14155550123")]
    public void National_patterns_follow_the_region_they_were_written_in(string written, string canonical)
    {
        Assert.Equal(canonical, RulePattern.Parse(written, "US").Text);
    }

    [Theory]
    [InlineData(null, RulePatternProblem.Empty)]
    [InlineData("", RulePatternProblem.Empty)]
    [InlineData("   ", RulePatternProblem.Empty)]
    [InlineData("+", RulePatternProblem.Empty)]
    [InlineData("*", RulePatternProblem.OnlyWildcards)]
    [InlineData("***", RulePatternProblem.OnlyWildcards)]
    [InlineData("??*", RulePatternProblem.OnlyWildcards)]
    [InlineData("0755x*", RulePatternProblem.Letters)]
    [InlineData("一三九*", RulePatternProblem.Letters)]
    [InlineData("13９*", RulePatternProblem.MixedScripts)]
    [InlineData("0755٨*", RulePatternProblem.MixedScripts)]
    [InlineData("+86+139*", RulePatternProblem.MisplacedPlus)]
    [InlineData("139+*", RulePatternProblem.MisplacedPlus)]
    [InlineData("*139", RulePatternProblem.LeadingWildcard)]
    [InlineData("+?86*", RulePatternProblem.LeadingWildcard)]
    [InlineData("00*", RulePatternProblem.NoCountryCode)]
    [InlineData("+0755*", RulePatternProblem.NoCountryCode)]
    [InlineData("1391234567", RulePatternProblem.NotANumber)]
    [InlineData("+999123", RulePatternProblem.NotANumber)]
    [InlineData("+8613912345678901*", RulePatternProblem.TooManyDigits)]
    [InlineData("13912345678901234567", RulePatternProblem.TooManyDigits)]
    [InlineData("139;*", RulePatternProblem.InvalidCharacter)]
    [InlineData("139\n*", RulePatternProblem.InvalidCharacter)]
    [InlineData("139\u202E*", RulePatternProblem.InvalidCharacter)]
    [InlineData("𝟏𝟑𝟗*", RulePatternProblem.InvalidCharacter)]
    public void Bad_patterns_are_refused_with_the_problem(string? written, RulePatternProblem problem)
    {
        Assert.False(RulePattern.TryParse(written, "CN", out var pattern, out var error));

        Assert.Null(pattern);
        Assert.Equal(problem, error.Problem);
    }

    // Found by fuzzing (issue #9 part 8, fuzz/run.sh rulepattern): the calling codes of no country
    // (+800, +888, …) belong to libphonenumber's region "001", which the normaliser refused with an
    // ArgumentException, so saving such a rule answered 500.
    [Theory]
    [InlineData("00888888")]
    [InlineData("+888888")]
    [InlineData("00 800 1234")]
    [InlineData("+979 12")]
    public void A_short_number_under_a_calling_code_of_no_country_is_refused_not_thrown(string written)
    {
        Assert.False(RulePattern.TryParse(written, "CN", out _, out var error));

        Assert.Equal(RulePatternProblem.NotANumber, error.Problem);
    }

    // Found by fuzzing (issue #9 part 8): an SMS port longer than an E.164 number was accepted as a
    // rule, but its canonical form was then refused as too long, so saving the rules failed.
    [Theory]
    [InlineData("106150342345008", "+86106150342345008")]
    [InlineData("1069012345678901", "+861069012345678901")]
    public void A_long_sms_port_reads_back_from_its_canonical_form_in_any_region(string written, string canonical)
    {
        Assert.True(RulePattern.TryParse(written, "CN", out var pattern, out _));
        Assert.Equal(canonical, pattern.Text);

        foreach (var region in (string[])["CN", "US"])
        {
            Assert.True(RulePattern.TryParse(pattern.Text, region, out var again, out var error), error?.Message);
            Assert.Equal(canonical, again.Text);
        }
    }

    [Theory]
    [InlineData("0755x*", "Pattern '0755x*' contains letters: use digits, * for any rest and ? for one digit.")]
    [InlineData("*", "Pattern '*' has no digits and would match every number: use the default disposition or contacts-only mode instead.")]
    [InlineData("13９*", "Pattern '13９*' mixes digits of different scripts (such as 1 and １): write every digit the same way.")]
    [InlineData("139\u202E*", "Pattern '139\uFFFD*' contains the character U+202E: use digits, * for any rest and ? for one digit.")]
    [InlineData("1391234567", "Pattern '1391234567' is not a valid phone number: write the whole number, or end it with * to match a range (+86139*).")]
    [InlineData("", "A pattern is empty: write a number such as 13912345678 or a prefix such as +86139*.")]
    public void The_error_message_quotes_the_pattern_and_says_what_to_write(string written, string message)
    {
        Assert.False(RulePattern.TryParse(written, "CN", out _, out var error));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_huge_pattern_is_refused_unread_and_quoted_only_in_part()
    {
        var huge = "139" + new string('\n', 5) + new string('9', 100_000);

        Assert.False(RulePattern.TryParse(huge, "CN", out _, out var error));

        Assert.Equal(RulePatternProblem.TooLong, error.Problem);
        Assert.Equal("Pattern '139\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD9999999999999999…' is too long: a pattern has at most 64 characters.", error.Message);
    }

    [Fact]
    public void Parse_throws_with_the_same_message_and_an_unknown_region_is_a_bug()
    {
        Assert.Equal("Pattern '0755x*' contains letters: use digits, * for any rest and ? for one digit. (Parameter 'text')", Assert.Throws<ArgumentException>(() => RulePattern.Parse("0755x*")).Message);
        Assert.Throws<ArgumentException>(() => RulePattern.TryParse("0755*", "XX", out _, out _));
    }

    [Theory]
    [InlineData("+86139*", 8613912345678, true)]
    [InlineData("+86139*", 86139, true)]
    [InlineData("+86139*", 8613812345678, false)]
    [InlineData("+86139????5678", 8613900005678, true)]
    [InlineData("+86139????5678", 86139000056789, false)]
    [InlineData("+86139????5678", 8613900005679, false)]
    [InlineData("+86139?5*", 86139151, true)]
    [InlineData("+8613912345678", 8613912345678, true)]
    [InlineData("+8613912345678", 86139123456780, false)]
    [InlineData("+86139*", 0, false)]
    public void A_pattern_matches_by_its_positions_and_its_end(string pattern, long e164, bool matches)
    {
        Assert.Equal(matches, RulePattern.Parse(pattern).Matches(e164));
    }

    [Theory]
    [InlineData("+86139*", 5)]
    [InlineData("+86139????5678", 9)]
    [InlineData("+8613912345678", 13)]
    public void Fixed_digits_measure_how_specific_a_pattern_is(string pattern, int fixedDigits)
    {
        Assert.Equal(fixedDigits, RulePattern.Parse(pattern).FixedDigits);
    }
}
