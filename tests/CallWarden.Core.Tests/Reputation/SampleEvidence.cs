using CallWarden.Core.Tests.Reports;
using CallWarden.Core.Cases;
using CallWarden.Core.Reputation;
using CsCheck;

namespace CallWarden.Core.Tests.Reputation;

/// <summary>Evidence for examples and generators for properties.</summary>
internal static class SampleEvidence
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static ReputationEvidence Spam(string reporter, double trust = 1, bool proof = true, string category = "marketing", DateTimeOffset? at = null, bool isNew = false, int ordinal = 1) =>
        new(reporter, trust, isNew, Categories.FromCode(category), proof, at ?? Now, EvidenceKind.SpamReport, ordinal);

    public static ReputationEvidence Legitimate(string reporter, double trust = 1, bool proof = true, DateTimeOffset? at = null) =>
        new(reporter, trust, false, null, proof, at ?? Now, EvidenceKind.LegitimateFeedback);

    public static IEnumerable<ReputationEvidence> Reporters(int count, Func<string, ReputationEvidence> make) =>
        Enumerable.Range(0, count).Select(i => make($"reporter-{i}"));

    /// <summary>Any evidence at most <paramref name="maxAge"/> before <see cref="Now"/>, from reporters drawn from <paramref name="reporters"/>.</summary>
    public static Gen<ReputationEvidence> Any(Gen<string> reporters, TimeSpan maxAge) =>
        Gen.Select(
            reporters,
            Gen.Double[0, 1],
            Gen.Bool,
            Gen.Int[0, Categories.Codes.Count - 1],
            Gen.Bool,
            Gen.Long[0, (long)maxAge.TotalMinutes],
            Gen.Int[0, 3],
            Gen.Int[1, 25])
        .Select((reporter, trust, isNew, category, proof, ageMinutes, kind, ordinal) => kind == 0
            ? new ReputationEvidence(reporter, trust, isNew, null, proof, Now.AddMinutes(-ageMinutes), EvidenceKind.LegitimateFeedback, ordinal)
            : new ReputationEvidence(reporter, trust, isNew, Categories.All[category], proof, Now.AddMinutes(-ageMinutes), EvidenceKind.SpamReport, ordinal));

    public static Gen<string> ReporterIds(int distinct) => Gen.Int[0, distinct - 1].Select(i => $"r{i}");
}
