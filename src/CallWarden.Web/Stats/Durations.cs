namespace CallWarden.Web.Stats;

/// <summary>How many durations were measured and their median and 95th percentile (nearest rank: a value that occurred).</summary>
internal sealed record Durations(int Count, double? P50, double? P95)
{
    public static Durations Of(IEnumerable<TimeSpan> spans)
    {
        double[] hours = [.. spans.Select(s => Math.Round(s.TotalHours, 2)).Order()];
        return new Durations(hours.Length, Rank(hours, 0.50), Rank(hours, 0.95));
    }

    private static double? Rank(double[] sorted, double percentile) =>
        sorted.Length == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
}
