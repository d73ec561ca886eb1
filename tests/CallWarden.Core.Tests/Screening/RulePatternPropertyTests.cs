using CallWarden.Core.Screening;
using CsCheck;
using static CallWarden.Core.Tests.Screening.ScreeningGens;

namespace CallWarden.Core.Tests.Screening;

public sealed class RulePatternPropertyTests
{
    /// <summary>Characters a hostile or careless user may type, weighted towards the ones patterns are made of.</summary>
    private static readonly Gen<string> Scribble = Gen.String[
        Gen.Frequency(
            (6, Gen.Char["0123456789"]),
            (2, Gen.Char["*?+ -()＊？＋０１９٠٩"]),
            (1, Gen.Char)),
        0,
        80];

    [Fact]
    public void Any_text_is_either_read_or_refused_with_a_message_never_an_exception()
    {
        Gen.OneOf(Scribble, Gen.String).Sample(text =>
        {
            if (RulePattern.TryParse(text, "CN", out var pattern, out var error))
            {
                Assert.Matches(@"^\+[1-9][0-9?]*\*?$", pattern.Text);
                Assert.InRange(pattern.FixedDigits, 1, E164Digits.MaxDigits);
                Assert.Equal(pattern.Text, RulePattern.Parse(pattern.Text, "GB").Text);
            }
            else
            {
                Assert.StartsWith(error.Problem == RulePatternProblem.Empty && string.IsNullOrWhiteSpace(text) ? "A pattern is empty" : "Pattern '", error.Message, StringComparison.Ordinal);
                Assert.True(error.Message.Length < 260, error.Message);
                Assert.DoesNotContain('\n', error.Message);
            }
        }, iter: 5000);
    }

    [Fact]
    public void A_number_written_any_way_is_an_exact_pattern_that_matches_that_number_only()
    {
        Gen.Select(ValidCaller, Gen.Long[1, 99]).Sample((number, offset) =>
        {
            var e164 = E164(number);
            var pattern = RulePattern.Parse(number);

            Assert.Equal(PatternKind.Exact, pattern.Kind);
            Assert.True(pattern.Matches(e164));
            Assert.False(pattern.Matches(e164 + offset));
            Assert.False(pattern.Matches((e164 * 10) + (offset % 10)));
        });
    }

    [Fact]
    public void A_prefix_of_a_number_matches_it()
    {
        ValidCaller.SelectMany(n => PatternAround(E164(n)).Select(p => (n, p))).Sample(x =>
        {
            Assert.True(RulePattern.Parse(x.p).Matches(E164(x.n)), $"{x.p} should match {x.n}");
        });
    }
}
