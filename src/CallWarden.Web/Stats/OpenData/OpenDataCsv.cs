using System.Globalization;
using System.Text;

namespace CallWarden.Web.Stats.OpenData;

/// <summary>
/// The figures of an <see cref="OpenDataDocument"/> as CSV (RFC 4180), one figure per row, in UTF-8
/// with a byte-order mark: without it Excel in China reads the file as GBK and garbles the names.
/// An empty month means the whole period; an empty value, a figure withheld (fewer than the minimum of cases).
/// </summary>
internal static class OpenDataCsv
{
    public static readonly string[] Header = ["dataset", "month", "code", "name_zh_hans", "name_zh_hant", "name_en", "measure", "value"];

    public static byte[] Write(OpenDataDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var csv = new StringBuilder();
        Line(Header);
        foreach (var c in document.ReportsByChannel)
        {
            foreach (var m in c.Months)
            {
                Figure("reports_by_channel", m.Month, c.Channel, c.Names, "reports", m.Reports);
            }
        }

        foreach (var c in document.ReportsByCategory)
        {
            Figure("reports_by_category", string.Empty, c.Category, c.Names, "reports", c.Reports);
            foreach (var m in c.Months)
            {
                Figure("reports_by_category", m.Month, c.Category, c.Names, "reports", m.Reports);
            }
        }

        foreach (var c in document.ReportsByCarrier)
        {
            Figure("reports_by_carrier", string.Empty, c.Carrier, c.Names, "reports", c.Reports);
        }

        foreach (var p in document.ReportsByProvince)
        {
            Figure("reports_by_province", string.Empty, p.Province, p.Names, "reports", p.Reports);
        }

        foreach (var c in document.CarrierScorecard)
        {
            Score("cases_forwarded", c.CasesForwarded);
            Score("cases_acted", c.CasesActed);
            Score("cases_acted_on_time", c.CasesActedOnTime);
            Score("cases_overdue_unanswered", c.CasesOverdueUnanswered);
            Score("forward_working_days_median", c.ForwardWorkingDaysMedian);
            Score("forward_working_days_p95", c.ForwardWorkingDaysP95);
            Score("act_working_days_median", c.ActWorkingDaysMedian);
            Score("act_working_days_p95", c.ActWorkingDaysP95);
            Score("act_on_time_share", c.ActOnTimeShare);

            void Score(string measure, double? value) => Figure("carrier_scorecard", string.Empty, c.Carrier, c.Names, measure, value);
        }

        foreach (var s in document.CasesByState)
        {
            Figure("cases_by_state", string.Empty, s.State, s.Names, "cases", s.Cases);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];

        void Figure(string dataset, string month, string code, IReadOnlyDictionary<string, string> names, string measure, double? value) =>
            Line([dataset, month, code, names["zh-Hans"], names["zh-Hant"], names["en"], measure, value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty]);

        void Line(IEnumerable<string> fields)
        {
            csv.AppendJoin(',', fields.Select(Field));
            csv.Append("\r\n");
        }
    }

    /// <summary>Quoted when it holds a comma, a quote or a line break; quotes doubled.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
