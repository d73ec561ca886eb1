using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Data.Cases;
using CallWarden.Data.Reports;
using CallWarden.Web.Cases;

namespace CallWarden.Web.Reports;

/// <summary>What a reporter sees of their report: where its case stands and what the carrier did.</summary>
internal sealed record ReportView(
    string Reference,
    string Target,
    string Category,
    DateTimeOffset ReceivedAt,
    long CaseId,
    CaseState Status,
    string Reporter,
    IReadOnlyList<EnforcementView> Actions,
    string? CalledNumber = null)
{
    public static ReportView Of(ReportRecord report, Reporter reporter, CaseState state, IEnumerable<CarrierActionRecord> actions, DateTimeOffset now) => new(
        report.Reference,
        new PhoneNumber(report.Target, report.TargetKind).ToE164String(),
        report.CategoryCode,
        report.ReceivedAt,
        report.CaseId,
        state,
        ReporterMask.Mask(reporter.Identity, reporter.Phone),
        [.. actions.Select(a => EnforcementView.Of(a, now))],
        report.CalledNumber is { } called ? "+" + called.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
