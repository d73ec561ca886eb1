using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Stats.Monthly;
using CallWarden.Web.Site;

namespace CallWarden.Web.Stats.Monthly;

/// <summary>
/// The monthly report's figures laid out as tables in one language: the desk page, the report's HTML
/// file and its CSV files all render these, so they cannot disagree.
/// </summary>
internal static class MonthlyTables
{
    public static IReadOnlyList<ReportTable> Of(MonthlyReport report, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = new MonthlyTexts(language);
        var month = SiteFormat.Month(report.Month, language);
        return
        [
            Volumes(t, "totals", "ColWhat", report, [new MonthlyVolume("reports", report.Reports, report.PreviousMonthReports, report.SameMonthLastYearReports)], _ => t["RowReports"]),
            States(t, report, month),
            Volumes(t, "channels", "ColChannel", report, report.ByChannel, code => StatisticsNames.Channel(code, language)),
            Volumes(t, "categories", "ColCategory", report, report.ByCategory, code => StatisticsNames.Category(code, language)),
            Volumes(t, "carriers", "ColCarrier", report, report.ByCarrier, code => StatisticsNames.Carrier(code, language)),
            Volumes(t, "provinces", "ColProvince", report, report.ByProvince, code => StatisticsNames.Province(code, language)),
            TopNumbers(t, report, month),
            Scorecard(t, report, month),
            Cases(t, "overdue", report.Overdue, month, overdue: true),
            Cases(t, "police", report.PoliceReferrals, month, overdue: false),
        ];
    }

    /// <summary>The file name of the whole report: <c>callwarden-monthly-2026-11.zip</c>.</summary>
    public static string ZipName(DateOnly month) => $"callwarden-monthly-{ReportMonth.Format(month)}.zip";

    private static ReportTable Volumes(MonthlyTexts t, string id, string firstColumn, MonthlyReport report, IReadOnlyList<MonthlyVolume> rows, Func<string, string> name)
    {
        var language = t.Language;
        string[] columns =
        [
            t[firstColumn],
            SiteFormat.Month(report.Month, language),
            SiteFormat.Month(report.Month.AddMonths(-1), language),
            t["ColChangePrevious"],
            SiteFormat.Month(report.Month.AddYears(-1), language),
            t["ColChangeLastYear"],
        ];
        return new ReportTable(id, t["Table_" + id], t["Caption_" + id, SiteFormat.Month(report.Month, language)], columns, [.. rows.Select(r => new ReportRow(
            r.Code,
            [new(name(r.Code)), Count(r.Month, language), Count(r.PreviousMonth, language), Change(r.ChangeOnPreviousMonth, t), Count(r.SameMonthLastYear, language), Change(r.ChangeOnLastYear, t)]))], HasCodes: id != "totals");
    }

    private static ReportTable States(MonthlyTexts t, MonthlyReport report, string month) =>
        new("states", t["Table_states"], t["Caption_states", month], [t["ColState"], t["ColCases"]], [.. Enum.GetValues<CaseState>().Select(s => new ReportRow(
            StatisticsNames.Code(s),
            [new(StatisticsNames.State(s, t.Language)), Count(report.Counts.CasesByState.GetValueOrDefault(s), t.Language)]))], HasCodes: true);

    private static ReportTable TopNumbers(MonthlyTexts t, MonthlyReport report, string month) =>
        new("top-numbers", t["Table_top-numbers"], t["Caption_top-numbers", month, report.TopNumbers.Count], [t["ColRank"], t["ColNumber"], t["ColReports"], t["ColState"], t["ColCarrier"], t["ColCase"]],
            [.. report.TopNumbers.Select((n, i) => new ReportRow(null,
            [
                Count(i + 1, t.Language), new(PhoneNumberDisplay.Written(new PhoneNumber(n.Number, n.Kind))), Count(n.Reports, t.Language),
                new(StatisticsNames.State(n.State, t.Language)), new(Carrier(n.Carrier, t)), Id(n.CaseId),
            ]))], HasCodes: false);

    private static ReportTable Scorecard(MonthlyTexts t, MonthlyReport report, string month) =>
        new("scorecard", t["Table_scorecard"], t["Caption_scorecard", month], [t["ColCarrier"], t["ColActed"], t["ColOverdueUnanswered"], t["ColMedian"], t["ColP95"], t["ColShareOnTime"]],
            [.. report.Scorecard.Select(s => new ReportRow(s.Carrier.Code(),
            [
                new(StatisticsNames.Carrier(s.Carrier.Code(), t.Language)), Count(s.Acted, t.Language), Count(s.OverdueUnanswered, t.Language),
                Days(s.MedianWorkingDays, t), Days(s.P95WorkingDays, t), Percent(s.ShareOnTime, t),
            ]))], HasCodes: true);

    private static ReportTable Cases(MonthlyTexts t, string id, MonthlyCases cases, string month, bool overdue)
    {
        string[] columns = overdue
            ? [t["ColCase"], t["ColNumber"], t["ColState"], t["ColCarrier"], t["ColReceived"], t["ColStep"], t["ColDue"]]
            : [t["ColCase"], t["ColNumber"], t["ColState"], t["ColCarrier"], t["ColReceived"], t["ColForwarded"]];
        return new ReportTable(id, t["Table_" + id], t["Caption_" + id, month, cases.Total, cases.Shown.Count], columns, [.. cases.Shown.Select(c => new ReportRow(null,
        [
            Id(c.CaseId), new(PhoneNumberDisplay.Written(new PhoneNumber(c.Number, c.Kind))), new(StatisticsNames.State(c.State, t.Language)), new(Carrier(c.Carrier, t)),
            new(SiteFormat.Date(c.ReceivedAt, t.Language)),
            .. overdue
                ? new ReportCell[] { new(t["Step_" + c.Step]), new(c.Due is { } due ? SiteFormat.DateTime(due, t.Language) : string.Empty) }
                : [new(c.ForwardedAt is { } at ? SiteFormat.Date(at, t.Language) : string.Empty)],
        ]))], HasCodes: false);
    }

    private static string Carrier(string? code, MonthlyTexts t) => code is null ? t["NoCarrier"] : StatisticsNames.Carrier(code, t.Language);

    private static ReportCell Count(long value, DisplayLanguage language) => new(SiteFormat.Count(value, language), value.ToString(CultureInfo.InvariantCulture));

    private static ReportCell Id(long id) => new(id.ToString(CultureInfo.InvariantCulture), id.ToString(CultureInfo.InvariantCulture));

    private static ReportCell Days(int? days, MonthlyTexts t) => days is { } d ? Count(d, t.Language) : new(t["NotAvailable"], string.Empty);

    /// <summary>A change as a signed percentage with one decimal (+12.5%); none when the month compared with had nothing.</summary>
    private static ReportCell Change(double? change, MonthlyTexts t) => change is { } c
        ? new((c > 0 ? "+" : string.Empty) + (c * 100).ToString("0.0", t.Language.Culture()) + "%", (c * 100).ToString("0.0", CultureInfo.InvariantCulture))
        : new(t["NotAvailable"], string.Empty);

    private static ReportCell Percent(double? share, MonthlyTexts t) => share is { } s
        ? new((s * 100).ToString("0.0", t.Language.Culture()) + "%", (s * 100).ToString("0.0", CultureInfo.InvariantCulture))
        : new(t["NotAvailable"], string.Empty);
}
