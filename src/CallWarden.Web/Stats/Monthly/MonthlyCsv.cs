using System.Text;

namespace CallWarden.Web.Stats.Monthly;

/// <summary>
/// A table of the monthly report as a CSV file (RFC 4180): UTF-8 with a byte order mark, so that
/// Excel opens the Chinese as Chinese; numbers written invariantly; the group's code first where the
/// rows have one. A text that a spreadsheet would run as a formula (=, +, -, @) is quoted behind an
/// apostrophe, as OWASP advises for CSV files opened in Excel.
/// </summary>
internal static class MonthlyCsv
{
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(ReportTable table, string codeColumn)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        Line(csv, table.HasCodes ? [codeColumn, .. table.Columns] : table.Columns, numeric: _ => false);
        foreach (var row in table.Rows)
        {
            string[] cells = [.. row.Cells.Select(c => c.Value ?? c.Text)];
            var offset = table.HasCodes ? 1 : 0;
            Line(csv, table.HasCodes ? [row.Code ?? string.Empty, .. cells] : cells, numeric: i => i >= offset && row.Cells[i - offset].Numeric);
        }

        return [.. Utf8WithMark.GetPreamble(), .. Utf8WithMark.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells, Func<int, bool> numeric)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(cells[i], numeric(i)));
        }

        csv.Append("\r\n");
    }

    private static string Field(string text, bool numeric)
    {
        if (!numeric && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
