namespace CallWarden.Data.Stats.Monthly;

/// <summary>How many cases a list of the report counts, and the first <see cref="MonthlyReportBuilder.ListLimit"/> of them.</summary>
public sealed record MonthlyCases(int Total, IReadOnlyList<MonthlyCase> Shown);
