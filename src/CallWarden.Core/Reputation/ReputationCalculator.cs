using CallWarden.Core.Reports;

namespace CallWarden.Core.Reputation;

/// <summary>
/// Turns the evidence about one number into its reputation (ADR-002). Pure: the same facts,
/// evidence and instant always give the same answer, so every node computes the same verdict.
/// </summary>
public sealed class ReputationCalculator(ReputationPolicy policy)
{
    public ReputationPolicy Policy { get; } = policy;

    public NumberReputation Evaluate(NumberFacts facts, IEnumerable<ReputationEvidence> evidence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(evidence);
        var admitted = evidence
            .Where(e => e.At <= now && now - e.At < Policy.Window && e.ReporterDailyOrdinal <= Policy.ReporterDailyCap)
            .ToList();
        var counted = LatestPerReporter(admitted);
        var held = HeldBurst(facts, counted);
        var effective = held.Count == 0 ? counted : [.. counted.Where(e => !held.Contains(e.ReporterId))];
        var spam = effective.Where(IsSpam).ToList();
        var score = ScoreOf(effective, now);
        var state = StateOf(facts, admitted, held.Count, score);
        return new NumberReputation(
            score,
            TopCategory(spam, now),
            spam.Count,
            admitted.Where(IsSpam).Select(e => (DateTimeOffset?)e.At).Max(),
            state,
            state == ReputationState.Labelled && score >= Policy.BlockThreshold,
            spam.Sum(e => Weight(e) * Decay(now - e.At, Policy.HeatHalfLife)),
            held.Count);
    }

    private ReputationState StateOf(NumberFacts facts, List<ReputationEvidence> admitted, int held, int score)
    {
        if (facts.Disputed)
        {
            return ReputationState.Disputed;
        }

        if (facts.VerifiedBusiness)
        {
            var unreviewed = admitted.Any(e => IsSpam(e) && (facts.ReviewedThrough is not { } reviewed || e.At > reviewed));
            return unreviewed ? ReputationState.UnderReview : ReputationState.VerifiedBusiness;
        }

        return held > 0 ? ReputationState.UnderReview
            : score >= Policy.LabelThreshold ? ReputationState.Labelled
            : ReputationState.Clean;
    }

    /// <summary>
    /// The reporters of a burst of new, low-trust reporters against a number that was not labelled
    /// before it. They are held out of the score until an analyst reviews them; a number already
    /// labelled before the burst keeps counting them, as a live campaign draws many reports.
    /// </summary>
    private HashSet<string> HeldBurst(NumberFacts facts, List<ReputationEvidence> counted)
    {
        var candidates = counted
            .Where(e => IsSpam(e) && e.NewReporter && e.ReporterTrust < Policy.LowTrustBelow && (facts.ReviewedThrough is not { } reviewed || e.At > reviewed))
            .OrderBy(e => e.At)
            .ToList();
        var marked = BurstDetector.Mark([.. candidates.Select(e => e.At)], Policy.BurstWindow, Policy.BurstMinReporters);
        var first = Array.IndexOf(marked, true);
        if (first < 0)
        {
            return [];
        }

        var start = candidates[first].At;
        if (ScoreOf([.. counted.Where(e => e.At < start)], start) >= Policy.LabelThreshold)
        {
            return [];
        }

        return [.. candidates.Where((_, i) => marked[i]).Select(e => e.ReporterId)];
    }

    private int ScoreOf(List<ReputationEvidence> counted, DateTimeOffset at)
    {
        double spam = 0, legitimate = 0;
        foreach (var e in counted)
        {
            var weight = Weight(e) * Decay(at - e.At, Policy.ClassificationHalfLife);
            if (IsSpam(e))
            {
                spam += weight;
            }
            else
            {
                legitimate += weight;
            }
        }

        return (int)Math.Floor(100 * WilsonBound.Lower(spam, spam + legitimate, Policy.Confidence));
    }

    private ReportCategory? TopCategory(List<ReputationEvidence> spam, DateTimeOffset now) => spam
        .GroupBy(e => e.Category ?? ReportCategory.Other)
        .Select(g => (Category: g.Key, Weight: g.Sum(e => Weight(e) * Decay(now - e.At, Policy.ClassificationHalfLife))))
        .OrderByDescending(c => c.Weight)
        .ThenBy(c => c.Category.ToCode(), StringComparer.Ordinal)
        .Select(c => (ReportCategory?)c.Category)
        .FirstOrDefault();

    /// <summary>
    /// Each reporter's latest word on the number in the window; earlier ones are superseded.
    /// Sorted, so that the sums and the verdict do not depend on the order the store returned.
    /// </summary>
    private static List<ReputationEvidence> LatestPerReporter(List<ReputationEvidence> admitted)
    {
        var latest = new Dictionary<string, ReputationEvidence>(StringComparer.Ordinal);
        foreach (var e in admitted)
        {
            if (!latest.TryGetValue(e.ReporterId, out var known) || e.At >= known.At)
            {
                latest[e.ReporterId] = e;
            }
        }

        return [.. latest.Values.OrderBy(e => e.At).ThenBy(e => e.ReporterId, StringComparer.Ordinal)];
    }

    /// <summary>Trust times proof: a matching call record weighs more than an anonymous vote. At most 1.</summary>
    private double Weight(ReputationEvidence e) =>
        (double.IsNaN(e.ReporterTrust) ? 0 : Math.Clamp(e.ReporterTrust, 0, 1)) * (e.ProofOfCall ? 1 : Policy.UnprovenWeight);

    private static double Decay(TimeSpan age, TimeSpan halfLife) => Math.Pow(2, -(age / halfLife));

    private static bool IsSpam(ReputationEvidence e) => e.Kind == EvidenceKind.SpamReport;
}
