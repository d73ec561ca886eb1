using CallWarden.Core.Cases;
using CallWarden.Data.Intake;

namespace CallWarden.Web.Reports;

/// <summary>The answer to an accepted report: the reporter's reference and the case it joined.</summary>
internal sealed record ReportCreated(string Reference, long CaseId, CaseState Status)
{
    public static ReportCreated Of(ReportReceipt receipt) => new(receipt.Reference, receipt.CaseId, receipt.CaseState);
}
