using CallWarden.Core.Privacy;
using CsCheck;

namespace CallWarden.Core.Tests.Privacy;

public sealed class RetentionPolicyPropertyTests
{
    private static readonly string[] Keys =
        [RetentionPolicy.DecisionLogKey, RetentionPolicy.RawPayloadsKey, RetentionPolicy.ClosedCaseReportersKey, RetentionPolicy.EvidenceAfterCaseKey];

    private static readonly Gen<RetentionPeriod> Period = Gen.OneOf(
        Gen.Int[1, 36500].Select(d => new RetentionPeriod(d, false)),
        Gen.Int[1, 100].Select(y => new RetentionPeriod(y, true)));

    [Fact]
    public void Any_valid_policy_written_in_any_order_with_blanks_and_comments_reads_back_as_written()
    {
        Gen.Select(Period.Array[4], Gen.Int[0, 23], Gen.OneOf(" = ", "=", "\t=  "), Gen.OneOf("\n", "\r\n"), Gen.Bool)
            .Sample((periods, order, equals, newline, comments) =>
            {
                var lines = Keys.Select((k, i) => $"{k}{equals}{periods[i]}{(comments ? " # why" : "")}").ToList();
                Rotate(lines, order);
                var text = (comments ? "# policy" + newline : "") + string.Join(newline + newline, lines) + newline;

                Assert.True(RetentionPolicy.TryParse(text, out var policy, out var error), error);
                Assert.Equal(new RetentionPolicy(periods[0], periods[1], periods[2], periods[3]), policy);
            });
    }

    [Fact]
    public void Any_text_is_read_or_refused_with_a_message_never_thrown()
    {
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["=#dy0123456789 \n-abcdeglioprstuvwy"], 0, 120])
            .Sample(text =>
            {
                var read = RetentionPolicy.TryParse(text, out var policy, out var error);
                Assert.Equal(read, policy is not null);
                Assert.Equal(read, error is null);
            });
    }

    private static void Rotate(List<string> lines, int by)
    {
        for (var i = 0; i < by % lines.Count; i++)
        {
            lines.Add(lines[0]);
            lines.RemoveAt(0);
        }
    }
}
