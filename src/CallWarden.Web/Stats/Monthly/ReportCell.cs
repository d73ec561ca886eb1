namespace CallWarden.Web.Stats.Monthly;

/// <summary>
/// One cell of a monthly report's table: <see cref="Text"/> as the page shows it, <see cref="Value"/>
/// as the CSV file and the chart script take it (a number written invariantly; empty for "none").
/// </summary>
internal sealed record ReportCell(string Text, string? Value = null)
{
    public bool Numeric => Value is not null;
}
