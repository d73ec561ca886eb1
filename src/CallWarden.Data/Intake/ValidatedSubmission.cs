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
    PhoneNumber? Called = null);
