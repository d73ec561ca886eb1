using CallWarden.Data.Reports;

namespace CallWarden.Data.Cases;

/// <summary>A report held by a case. After a merge both the source and the target hold it.</summary>
public sealed class CaseReportLink
{
    public long CaseId { get; set; }

    public long ReportId { get; set; }

    public ReportRecord? Report { get; set; }
}
