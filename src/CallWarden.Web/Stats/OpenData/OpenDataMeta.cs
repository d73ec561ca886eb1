namespace CallWarden.Web.Stats.OpenData;

/// <summary>What the open data covers and how to read it; not figures (the CSV file carries only the figures).</summary>
/// <param name="From">The first China day counted.</param>
/// <param name="To">The last China day counted: the day the figures were read; the last month is counted up to it.</param>
/// <param name="Shares">How shares are written.</param>
/// <param name="MinimumCases">A working-day time or share resting on fewer cases is null (an empty cell in the CSV file).</param>
/// <param name="Disclosure">The rule for what is published, in each language.</param>
internal sealed record OpenDataMeta(
    IReadOnlyDictionary<string, string> Title,
    DateTimeOffset GeneratedAt,
    string From,
    string To,
    IReadOnlyList<string> Months,
    string TimeZone,
    OpenDataDeadlines Deadlines,
    string Percentiles,
    string Shares,
    int MinimumCases,
    IReadOnlyDictionary<string, string> Disclosure,
    string Page,
    string Csv);
