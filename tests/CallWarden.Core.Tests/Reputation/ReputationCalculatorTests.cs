using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using static CallWarden.Core.Tests.Reputation.SampleEvidence;

namespace CallWarden.Core.Tests.Reputation;

public sealed class ReputationCalculatorTests
{
    private static readonly ReputationCalculator Calculator = new(new ReputationPolicy());

    private static NumberReputation Evaluate(IEnumerable<ReputationEvidence> evidence, NumberFacts? facts = null, DateTimeOffset? now = null) =>
        Calculator.Evaluate(facts ?? NumberFacts.Ordinary, evidence, now ?? Now);

    [Fact]
    public void A_number_nobody_reported_is_clean_with_nothing_to_show()
    {
        Assert.Equal(new NumberReputation(0, null, 0, null, ReputationState.Clean, false, 0, 0), Evaluate([]));
    }

    [Fact]
    public void Ten_trusted_reporters_with_call_records_label_a_number()
    {
        // Weight 10, nothing against: Wilson lower bound 10 / (10 + 1.96²) = 0.722.
        var reputation = Evaluate(Reporters(10, r => Spam(r, category: "real_estate")));

        Assert.Equal((72, "real_estate", 10, ReputationState.Labelled, false), (reputation.Score, reputation.TopCategory?.ToCode(), reputation.DistinctReporters, reputation.State, reputation.SuggestsBlock));
        Assert.Equal(Now, reputation.LastReportAt);
    }

    [Fact]
    public void Many_trusted_reporters_suggest_a_block()
    {
        var reputation = Evaluate(Reporters(30, r => Spam(r)));

        Assert.True(reputation.Score >= 80);
        Assert.True(reputation.SuggestsBlock);
    }

    [Fact]
    public void Web_votes_without_a_call_record_weigh_less_than_matched_calls()
    {
        var proven = Evaluate(Reporters(10, r => Spam(r, proof: true)));
        var unproven = Evaluate(Reporters(10, r => Spam(r, proof: false)));

        Assert.True(unproven.Score < proven.Score);
        Assert.Equal(ReputationState.Clean, unproven.State);
    }

    [Fact]
    public void Low_trust_reporters_weigh_less()
    {
        Assert.True(Evaluate(Reporters(10, r => Spam(r, trust: 0.3))).Score < Evaluate(Reporters(10, r => Spam(r))).Score);
    }

    [Fact]
    public void Legitimate_feedback_counts_against_the_reports()
    {
        var reports = Reporters(10, r => Spam(r)).ToList();

        var reputation = Evaluate(reports.Concat(Reporters(6, r => Legitimate("fan-" + r))));

        // 10 for, 6 against: Wilson lower bound of 10/16 with z = 1.96 is 0.386.
        Assert.Equal((38, ReputationState.Clean, 10), (reputation.Score, reputation.State, reputation.DistinctReporters));
        Assert.Equal(ReputationState.Labelled, Evaluate(reports).State);
    }

    [Fact]
    public void One_reporter_counts_once_however_many_reports_they_send()
    {
        var reputation = Evaluate(Enumerable.Range(0, 200).Select(i => Spam("angry", at: Now.AddMinutes(-i))));

        Assert.Equal(1, reputation.DistinctReporters);
        Assert.Equal(new ReputationPolicy().SingleReporterCeiling, reputation.Score);
        Assert.Equal(ReputationState.Clean, reputation.State);
    }

    [Fact]
    public void A_reporters_latest_word_replaces_their_earlier_one()
    {
        var evidence = Reporters(10, r => Spam(r, at: Now.AddDays(-2))).Append(Legitimate("reporter-0", at: Now.AddDays(-1))).ToList();

        var changedMind = Evaluate(evidence);

        Assert.Equal(9, changedMind.DistinctReporters);
        Assert.True(changedMind.Score < Evaluate(evidence[..^1]).Score);
    }

    [Fact]
    public void Reports_beyond_the_reporters_daily_cap_do_not_count()
    {
        var capped = Evaluate(Reporters(10, r => Spam(r, ordinal: 21)));
        var withinCap = Evaluate(Reporters(10, r => Spam(r, ordinal: 20)));

        Assert.Equal((0, 0, ReputationState.Clean), (capped.Score, capped.DistinctReporters, capped.State));
        Assert.Equal(10, withinCap.DistinctReporters);
    }

    [Fact]
    public void Reports_older_than_the_window_are_forgotten()
    {
        var evidence = Reporters(10, r => Spam(r, at: Now.AddDays(-100))).Append(Spam("recent", at: Now.AddDays(-89))).ToList();

        var reputation = Evaluate(evidence);

        Assert.Equal(1, reputation.DistinctReporters);
        Assert.Equal(Now.AddDays(-89), reputation.LastReportAt);
    }

    [Fact]
    public void Older_reports_weigh_less_than_fresh_ones()
    {
        Assert.True(Evaluate(Reporters(10, r => Spam(r, at: Now.AddDays(-60)))).Score < Evaluate(Reporters(10, r => Spam(r))).Score);
    }

    [Fact]
    public void Heat_fades_with_its_short_half_life_while_the_score_barely_moves()
    {
        var evidence = Reporters(10, r => Spam(r)).ToList();

        var fresh = Evaluate(evidence);
        var threeDaysOn = Evaluate(evidence, now: Now.AddDays(3));

        Assert.Equal(10.0, fresh.Heat, 9);
        Assert.Equal(5.0, threeDaysOn.Heat, 9);
        Assert.InRange(fresh.Score - threeDaysOn.Score, 0, 2);
    }

    [Fact]
    public void The_top_category_is_the_one_with_most_weight_not_most_votes()
    {
        var evidence = Reporters(5, r => Spam(r, category: "fraud"))
            .Concat(Reporters(8, r => Spam("web-" + r, proof: false, category: "marketing")));

        Assert.Equal(ReportCategory.Fraud, Evaluate(evidence).TopCategory);
    }

    [Fact]
    public void A_burst_of_new_low_trust_reporters_puts_a_clean_number_under_review()
    {
        var burst = Enumerable.Range(0, 25).Select(i => Spam($"new-{i}", trust: 0.25, isNew: true, at: Now.AddMinutes(-2 * i))).ToList();

        var reputation = Evaluate(burst);

        Assert.Equal((ReputationState.UnderReview, 0, 25, 0), (reputation.State, reputation.Score, reputation.HeldForReview, reputation.DistinctReporters));
        Assert.NotNull(reputation.LastReportAt);
    }

    [Fact]
    public void Once_reviewed_the_burst_counts_like_any_other_reports()
    {
        var burst = Reporters(25, r => Spam(r, trust: 0.25, isNew: true, at: Now.AddMinutes(-30))).ToList();

        var reputation = Evaluate(burst, new NumberFacts(ReviewedThrough: Now.AddMinutes(-1)));

        Assert.Equal((ReputationState.Labelled, 0, 25), (reputation.State, reputation.HeldForReview, reputation.DistinctReporters));
    }

    [Fact]
    public void A_burst_against_an_already_labelled_number_counts()
    {
        var history = Reporters(10, r => Spam("known-" + r, at: Now.AddDays(-5)));
        var burst = Reporters(25, r => Spam(r, trust: 0.1, isNew: true, at: Now.AddMinutes(-10)));

        var reputation = Evaluate(history.Concat(burst));

        Assert.Equal((ReputationState.Labelled, 0, 35), (reputation.State, reputation.HeldForReview, reputation.DistinctReporters));
    }

    [Fact]
    public void The_same_reporters_spread_over_a_day_are_no_burst()
    {
        var spread = Enumerable.Range(0, 25).Select(i => Spam($"new-{i}", trust: 0.25, isNew: true, at: Now.AddHours(-i)));

        Assert.Equal(0, Evaluate(spread).HeldForReview);
    }

    [Fact]
    public void A_verified_business_is_shown_as_such_until_someone_reports_it()
    {
        var business = new NumberFacts(VerifiedBusiness: true, BusinessOwner: "招商银行");

        Assert.Equal(ReputationState.VerifiedBusiness, Evaluate([], business).State);
        Assert.Equal(ReputationState.UnderReview, Evaluate([Spam("x", at: Now.AddHours(-2))], business).State);
        Assert.Equal(ReputationState.VerifiedBusiness, Evaluate([Spam("x", at: Now.AddHours(-2))], business with { ReviewedThrough = Now.AddHours(-1) }).State);
    }

    [Fact]
    public void Reports_against_a_verified_business_never_label_or_block_it()
    {
        var reputation = Evaluate(Reporters(40, r => Spam(r)), new NumberFacts(VerifiedBusiness: true));

        Assert.Equal(ReputationState.UnderReview, reputation.State);
        Assert.False(reputation.SuggestsBlock);
    }

    [Fact]
    public void A_disputed_number_keeps_its_score_but_is_never_suggested_for_a_block()
    {
        var reputation = Evaluate(Reporters(40, r => Spam(r)), new NumberFacts(Disputed: true));

        Assert.True(reputation.Score >= 80);
        Assert.Equal(ReputationState.Disputed, reputation.State);
        Assert.False(reputation.SuggestsBlock);
    }

    [Fact]
    public void Evidence_from_the_future_is_ignored()
    {
        Assert.Equal(0, Evaluate(Reporters(10, r => Spam(r, at: Now.AddMinutes(1)))).DistinctReporters);
    }
}
