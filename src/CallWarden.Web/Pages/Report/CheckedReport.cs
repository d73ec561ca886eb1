using CallWarden.Core.Evidence;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Web.Pages.Report;

/// <summary>The answers once every one passed its check: typed values, ready for the check page and for intake.</summary>
internal sealed record CheckedReport(
    string FormId,
    PhoneNumber Target,
    string TargetText,
    ReportMedium Medium,
    DateTimeOffset OccurredAt,
    int? DurationMinutes,
    ReportCategory Category,
    string? Content,
    EvidenceFile? Evidence,
    PhoneNumber ReporterPhone,
    string? Name,
    string? Email,
    PhoneNumber? Called = null);
