using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Data.Intake;

/// <summary>A submission that passed every check, with its number normalised and its reporter identified.</summary>
internal sealed record ValidatedSubmission(
    ReportSubmission Submission,
    PhoneNumber Target,
    ReportCategory Category,
    string ReporterIdentity,
    long? ReporterPhone);
