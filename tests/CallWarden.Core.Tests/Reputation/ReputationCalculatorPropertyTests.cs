using CallWarden.Core.Tests.Reports;
using CallWarden.Core.Cases;
using CallWarden.Core.Reputation;
using CsCheck;
using static CallWarden.Core.Tests.Reputation.SampleEvidence;

namespace CallWarden.Core.Tests.Reputation;

public sealed class ReputationCalculatorPropertyTests
{
    private static readonly ReputationCalculator Calculator = new(new ReputationPolicy());

    /// <summary>Any valid policy: a confidence, and a label threshold above what one reporter can give with it.</summary>
    private static readonly Gen<ReputationPolicy> Policies =
        Gen.Select(Gen.Double[0.5, 5.0], Gen.Int[1, 60])
            .Select((z, cap) => new ReputationPolicy { Confidence = z, ReporterDailyCap = cap })
            .SelectMany(p => Gen.Int[p.SingleReporterCeiling + 1, 100].Select(t => p with { LabelThreshold = t, BlockThreshold = Math.Max(t, p.BlockThreshold) }));

    [Fact]
    public void A_single_reporter_can_never_label_a_number_on_their_own()
    {
        var oneReporter = Any(Gen.Const("lone"), TimeSpan.FromDays(200)).Array[1, 300];
        Gen.Select(oneReporter, Policies, Gen.Bool).Sample((evidence, policy, business) =>
        {
            Assert.Empty(policy.Validate());
            var reputation = new ReputationCalculator(policy).Evaluate(new NumberFacts(VerifiedBusiness: business), evidence, Now);

            Assert.True(reputation.Score < policy.LabelThreshold, $"score {reputation.Score}");
            Assert.NotEqual(ReputationState.Labelled, reputation.State);
            Assert.False(reputation.SuggestsBlock);
            Assert.InRange(reputation.DistinctReporters, 0, 1);
        });
    }

    [Fact]
    public void Five_hundred_new_low_trust_reporters_within_an_hour_put_a_clean_number_under_review_instead_of_blocking_it()
    {
        // A clean history: at most five established reporters, which can never reach the label threshold.
        var history = Gen.Select(Gen.Int[0, 4], Gen.Double[0.3, 1], Gen.Bool, Gen.Int[0, 11], Gen.Long[61, 60 * 24 * 80], Gen.Bool)
            .Select((i, trust, proof, category, minutesBefore, legit) => new ReputationEvidence(
                $"old-{i}", trust, false, legit ? null : Categories.All[category], proof, Now.AddMinutes(-minutesBefore),
                legit ? EvidenceKind.LegitimateFeedback : EvidenceKind.SpamReport))
            .Array[0, 5];
        var burstMember = Gen.Select(Gen.Double[0, 0.2999], Gen.Bool, Gen.Int[0, 11], Gen.Int[0, 59 * 60]);
        var scenario = Gen.Select(history, burstMember.Array[500], Gen.Int[0, 60 * 24 * 30]);

        scenario.Sample((past, members, minutesAfter) =>
        {
            var burst = members.Select((m, i) => Spam($"new-{i}", m.Item1, m.Item2, Categories.Codes[m.Item3], Now.AddSeconds(-m.Item4), isNew: true));
            var reputation = Calculator.Evaluate(NumberFacts.Ordinary, past.Concat(burst), Now.AddMinutes(minutesAfter));

            Assert.Equal(ReputationState.UnderReview, reputation.State);
            Assert.Equal(500, reputation.HeldForReview);
            Assert.True(reputation.Score < Calculator.Policy.LabelThreshold, $"score {reputation.Score}");
            Assert.False(reputation.SuggestsBlock);
        });
    }

    [Fact]
    public void Reports_older_than_the_window_stop_counting()
    {
        var recent = Any(ReporterIds(30), TimeSpan.FromDays(89)).Array[0, 60];
        var old = Gen.Select(Any(ReporterIds(30), TimeSpan.FromDays(400)), Gen.Long[0, 60 * 24 * 300])
            .Select((e, extraMinutes) => e with { At = Now - Calculator.Policy.Window - TimeSpan.FromMinutes(extraMinutes) })
            .Array[1, 60];
        Gen.Select(recent, old, Gen.Bool).Sample((current, expired, disputed) =>
        {
            var facts = new NumberFacts(Disputed: disputed);

            Assert.Equal(Calculator.Evaluate(facts, current, Now), Calculator.Evaluate(facts, current.Concat(expired), Now));
        });
    }

    [Fact]
    public void A_number_is_forgotten_once_its_last_report_leaves_the_window()
    {
        Any(ReporterIds(40), TimeSpan.FromDays(89)).Array[1, 80].Sample(evidence =>
        {
            var later = Calculator.Evaluate(NumberFacts.Ordinary, evidence, Now + Calculator.Policy.Window);

            Assert.Equal((0, 0, ReputationState.Clean, (DateTimeOffset?)null), (later.Score, later.DistinctReporters, later.State, later.LastReportAt));
        });
    }

    [Fact]
    public void A_report_from_a_new_distinct_trusted_reporter_never_lowers_the_score()
    {
        var added = Gen.Select(Gen.Double[0.3, 1], Gen.Bool, Gen.Int[0, 11], Gen.Long[0, 60 * 24 * 89])
            .Select((trust, proof, category, age) => Spam("newcomer", trust, proof, Categories.Codes[category], Now.AddMinutes(-age)));
        Gen.Select(Any(ReporterIds(40), TimeSpan.FromDays(100)).Array[0, 80], added).Sample((evidence, report) =>
        {
            var before = Calculator.Evaluate(NumberFacts.Ordinary, evidence, Now);
            var after = Calculator.Evaluate(NumberFacts.Ordinary, [.. evidence, report], Now);

            Assert.True(after.Score >= before.Score, $"{before.Score} -> {after.Score}");
        });
    }

    [Fact]
    public void Legitimate_feedback_never_raises_the_score()
    {
        var feedback = Gen.Select(Gen.Double[0, 1], Gen.Bool, Gen.Long[0, 60 * 24 * 89])
            .Select((trust, proof, age) => Legitimate("holder-friend", trust, proof, Now.AddMinutes(-age)));
        Gen.Select(Any(ReporterIds(40), TimeSpan.FromDays(100)).Array[0, 80], feedback).Sample((evidence, legitimate) =>
        {
            var before = Calculator.Evaluate(NumberFacts.Ordinary, evidence, Now);
            var after = Calculator.Evaluate(NumberFacts.Ordinary, [.. evidence, legitimate], Now);

            Assert.True(after.Score <= before.Score, $"{before.Score} -> {after.Score}");
        });
    }

    [Fact]
    public void The_verdict_does_not_depend_on_the_order_of_the_evidence()
    {
        // Distinct reporters, so that no two items tie for one reporter's latest word.
        var evidence = Any(Gen.Const(string.Empty), TimeSpan.FromDays(100)).Array[0, 80]
            .Select(items => items.Select((e, i) => e with { ReporterId = $"r{i}" }).ToArray());
        Gen.Select(evidence, Gen.Int).Sample((items, seed) =>
        {
            var shuffled = items.ToArray();
            new Random(seed).Shuffle(shuffled);

            Assert.Equal(Calculator.Evaluate(NumberFacts.Ordinary, items, Now), Calculator.Evaluate(NumberFacts.Ordinary, shuffled, Now));
        });
    }

    [Fact]
    public void The_score_stays_between_0_and_100()
    {
        Any(ReporterIds(500), TimeSpan.FromDays(100)).Array[0, 600].Sample(evidence =>
        {
            Assert.InRange(Calculator.Evaluate(NumberFacts.Ordinary, evidence, Now).Score, 0, 100);
        });
    }
}
