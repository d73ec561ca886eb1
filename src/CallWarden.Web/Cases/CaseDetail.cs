using CallWarden.Core.Privacy;
using CallWarden.Data.Cases;
using CallWarden.Data.Reports;

namespace CallWarden.Web.Cases;

/// <summary>A case with its reports, history and carrier actions; reporters' numbers masked unless unmasked.</summary>
internal sealed record CaseDetail(
    CaseSummary Case,
    IReadOnlyList<CaseReportView> Reports,
    IReadOnlyList<AuditView> Audit,
    IReadOnlyList<EnforcementView> Actions)
{
    public static CaseDetail Of(
        CaseRecord record, IEnumerable<ReportRecord> reports, IEnumerable<CaseAuditRecord> audit, IEnumerable<CarrierActionRecord> actions, bool unmasked, DateTimeOffset now) => new(
        CaseSummary.Of(record),
        [.. reports.OrderBy(r => r.ReceivedAt).Select(r => new CaseReportView(r.Reference, r.CategoryCode, r.Channel.ToString().ToLowerInvariant(), r.ReceivedAt, r.OccurredAt, r.Reason, Reporter(r.Reporter, unmasked)))],
        [.. audit.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new AuditView(a.At, a.Actor, a.Role, a.Action, a.From, a.To, a.Reason))],
        [.. actions.OrderBy(a => a.From).Select(a => EnforcementView.Of(a, now))]);

    private static string Reporter(Reporter? reporter, bool unmasked) =>
        unmasked ? ReporterMask.Full(reporter?.Identity, reporter?.Phone) : ReporterMask.Mask(reporter?.Identity, reporter?.Phone);
}
