namespace CallWarden.Web.Stats.Monthly;

/// <summary>A row of a monthly report's table; the first cell names it. <see cref="Code"/> is the group's code for the CSV file (a channel, category, carrier or province code).</summary>
internal sealed record ReportRow(string? Code, IReadOnlyList<ReportCell> Cells);
