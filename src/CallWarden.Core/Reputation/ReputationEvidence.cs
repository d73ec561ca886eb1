using CallWarden.Core.Reports;

namespace CallWarden.Core.Reputation;

/// <summary>
/// One piece of evidence about a number, as intake knew it when it arrived.
/// </summary>
/// <param name="ReporterId">Who said it; one reporter counts once per number per window.</param>
/// <param name="ReporterTrust">0..1, from the reporter's track record (out of range is clamped).</param>
/// <param name="NewReporter">The reporter's account or line was new when they reported: a mark of burst campaigns.</param>
/// <param name="Category">The report's category code; null for legitimate feedback.</param>
/// <param name="ProofOfCall">A call record matches: the reporter really received a call from the number.</param>
/// <param name="At">When the evidence arrived.</param>
/// <param name="Kind">A report or legitimate feedback.</param>
/// <param name="ReporterDailyOrdinal">
/// The how-many-th report this reporter sent that day (China time) against any number; beyond
/// the daily cap it is kept as a record but does not count.
/// </param>
public sealed record ReputationEvidence(
    string ReporterId,
    double ReporterTrust,
    bool NewReporter,
    ReportCategory? Category,
    bool ProofOfCall,
    DateTimeOffset At,
    EvidenceKind Kind = EvidenceKind.SpamReport,
    int ReporterDailyOrdinal = 1);
