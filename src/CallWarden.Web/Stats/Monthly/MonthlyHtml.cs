using System.Net;
using System.Text;
using CallWarden.Core.Localization;
using CallWarden.Data.Stats.Monthly;
using CallWarden.Web.Site;

namespace CallWarden.Web.Stats.Monthly;

/// <summary>
/// The monthly report as one HTML file that stands alone (no script, no stylesheet to fetch): the file
/// in the ZIP that the page's download and <c>callwarden report-month</c> both make.
/// </summary>
internal static class MonthlyHtml
{
    private const string Style = "body{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:2rem;max-width:60rem;color:#0b0c0c}"
        + "table{border-collapse:collapse;margin:0 0 2rem}caption{text-align:left;font-weight:600;padding:.5rem 0}"
        + "th,td{border-bottom:1px solid #b1b4b6;padding:.3rem .6rem;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}";

    public static string Write(MonthlyReport report, IReadOnlyList<ReportTable> tables, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        var t = new MonthlyTexts(language);
        var heading = t["Heading", SiteFormat.Month(report.Month, language)];
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Tag()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(heading)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<h1>").Append(E(heading)).Append("</h1>\n");
        foreach (var paragraph in Lead(report, t))
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        foreach (var table in tables)
        {
            html.Append("<h2 id=\"").Append(E(table.Id)).Append("\">").Append(E(table.Title)).Append("</h2>\n");
            if (table.Rows.Count == 0)
            {
                html.Append("<p>").Append(E(table.Caption)).Append(' ').Append(E(t["Empty"])).Append("</p>\n");
                continue;
            }

            html.Append("<table>\n<caption>").Append(E(table.Caption)).Append("</caption>\n<thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(row.Cells[0].Text)).Append("</th>");
                foreach (var cell in row.Cells.Skip(1))
                {
                    html.Append(cell.Numeric ? "<td class=\"num\">" : "<td>").Append(E(cell.Text)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("<p>").Append(E(t["GeneratedBy", SiteFormat.DateTime(report.BuiltAt, language)])).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>What the report covers, as the page's lead says it too.</summary>
    public static IEnumerable<string> Lead(MonthlyReport report, MonthlyTexts t)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(t);
        yield return t["Lead", SiteFormat.Month(report.Month, t.Language), SiteFormat.DateTime(report.BuiltAt, t.Language)];
        if (!report.Complete)
        {
            yield return t["LeadPartial", SiteFormat.Date(report.To, t.Language)];
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
