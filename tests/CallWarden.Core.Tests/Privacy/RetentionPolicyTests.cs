using CallWarden.Core.Privacy;

namespace CallWarden.Core.Tests.Privacy;

public sealed class RetentionPolicyTests
{
    private const string Good = "decision-log = 30d\nraw-payloads = 180d\nclosed-case-reporters = 2y\nevidence-after-case = 1y\n";

    [Fact]
    public void The_shipped_policy_keeps_decisions_30_days_raw_text_180_days_reporters_2_years_and_evidence_1_year()
    {
        Assert.Equal(
            new RetentionPolicy(new RetentionPeriod(30, false), new RetentionPeriod(180, false), new RetentionPeriod(2, true), new RetentionPeriod(1, true)),
            RetentionPolicy.Shipped);
    }

    [Theory]
    [InlineData("# comment\n\uFEFFdecision-log=7d # a week\nraw-payloads = 1d\nclosed-case-reporters = 100y\nevidence-after-case = 36500d")]
    [InlineData("decision-log = 7d\r\nraw-payloads = 1d\r\nclosed-case-reporters = 100y\r\nevidence-after-case = 36500d\r\n")]
    public void Comments_blank_lines_and_either_line_end_are_read(string text)
    {
        Assert.True(RetentionPolicy.TryParse(text, out var policy, out var error), error);
        Assert.Equal(new RetentionPeriod(7, false), policy!.DecisionLog);
        Assert.Equal(new RetentionPeriod(36500, false), policy.EvidenceAfterCase);
    }

    [Theory]
    [InlineData("decision-log = 30\n", "line 1: decision-log must be a whole number of days or years")]
    [InlineData("decision-log = 0d\n", "line 1: decision-log must be")]
    [InlineData("decision-log = -3d\n", "line 1: decision-log must be")]
    [InlineData("decision-log = 36501d\n", "line 1: decision-log must be")]
    [InlineData("decision-log = 101y\n", "line 1: decision-log must be")]
    [InlineData("decision-log = 3 0d\n", "line 1: decision-log must be")]
    [InlineData("decision-log = ３０d\n", "line 1: decision-log must be")]
    [InlineData("decision-log = 2m\n", "line 1: decision-log must be")]
    [InlineData("decision_log = 30d\n", "line 1: decision_log is no retention key; the keys are decision-log, raw-payloads")]
    [InlineData("raw-payloads\n", "line 1: raw-payloads has no value")]
    [InlineData("\n\nraw-payloads = 1d\nraw-payloads = 2d\n", "line 4: raw-payloads is given twice")]
    [InlineData("decision-log = 30d\nraw-payloads = 180d\nclosed-case-reporters = 2y\n", "evidence-after-case is missing")]
    [InlineData("", "decision-log is missing")]
    public void A_bad_file_is_refused_naming_the_line_and_key(string text, string error)
    {
        Assert.False(RetentionPolicy.TryParse(text, out var policy, out var message));
        Assert.Null(policy);
        Assert.StartsWith(error, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_are_calendar_years_and_days_are_days()
    {
        Assert.True(RetentionPolicy.TryParse(Good, out var policy, out _));
        var now = new DateTimeOffset(2028, 2, 29, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 12, 0, 0, TimeSpan.Zero), policy!.ClosedCaseReporters.Before(now));
        Assert.Equal(new DateTimeOffset(2028, 1, 30, 12, 0, 0, TimeSpan.Zero), policy.DecisionLog.Before(now));
    }
}
