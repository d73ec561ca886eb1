namespace CallWarden.Web.Stats.Monthly;

/// <summary>
/// One table of the monthly report, as the page, the report's HTML file and its CSV file all show it.
/// </summary>
/// <param name="Id">The table's anchor on the page and its CSV file's name (<c>channels</c> → <c>channels.csv</c>).</param>
/// <param name="HasCodes">The rows carry codes: the CSV file adds them as its first column.</param>
internal sealed record ReportTable(string Id, string Title, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, bool HasCodes)
{
    public string FileName => Id + ".csv";
}
