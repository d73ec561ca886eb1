namespace CallWarden.Data.Stats;

/// <summary>Reports of one group (a channel or category code) in each month of the period, and over the whole period.</summary>
public sealed record MonthlyCounts(string Code, IReadOnlyList<long> Months)
{
    public long Total => Months.Sum();
}
