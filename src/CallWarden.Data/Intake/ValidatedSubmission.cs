using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Data.Intake;

/// <summary>A submission that passed every check, with its number normalised and its reporter identified.</summary>
/// <param name="Called">For a withheld caller (<paramref name="Target"/> anonymous): the line that received the call.</param>
internal sealed record ValidatedSubmission(
    ReportSubmission Submission,
    PhoneNumber Target,
    ReportCategory Category,
    string ReporterIdentity,
    long? ReporterPhone,
    PhoneNumber? Called = null)
{
    /// <summary>Whose <see cref="ReportSubmission.IdempotencyKey"/> this is.</summary>
    public string Scope { get; } = IdempotencyScope.Of(Submission, ReporterIdentity);

    /// <summary>What the key must name again to be a replay.</summary>
    public string Digest { get; } = PayloadDigest.Of(Submission, Target, Category, ReporterIdentity, Called);
}
