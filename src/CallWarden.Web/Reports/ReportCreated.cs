using System.Text.Json.Serialization;
using CallWarden.Core.Cases;
using CallWarden.Data.Intake;

namespace CallWarden.Web.Reports;

/// <summary>The answer to an accepted report: the reporter's reference and the case it joined.</summary>
/// <param name="FollowToken">
/// For a report without a reporter phone, in the first answer only: with the reference it reads the report
/// (<c>GET /reports/{reference}?token=</c>). It is stored hashed and cannot be shown again.
/// </param>
internal sealed record ReportCreated(
    string Reference,
    long CaseId,
    CaseState Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FollowToken = null)
{
    public static ReportCreated Of(ReportReceipt receipt) => new(receipt.Reference, receipt.CaseId, receipt.CaseState, receipt.FollowToken);
}
