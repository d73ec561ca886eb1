using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;

namespace CallWarden.Data.Stats;

/// <summary>
/// The figures the public statistics page and its open data publish, read from the store at
/// <see cref="BuiltAt"/>: reports in the twelve China months ending with the current one (from the
/// daily rollups), the cases received in those months by state, and how the carriers handled the
/// cases forwarded to them in those months (from the cases' rows). Nothing in it describes a person
/// or a single number, and no working-day time or on-time share rests on fewer than
/// <see cref="MinimumCases"/> cases. Immutable: the follower swaps in a new one.
/// </summary>
/// <param name="FeedPosition">The change feed's last sequence when the figures were read.</param>
/// <param name="Months">The first day of each month, oldest first; the last is the current month, counted to <see cref="To"/>.</param>
/// <param name="ReportsByChannel">Every channel, in a fixed order, with a count per month.</param>
/// <param name="ReportsByCategory">The categories reported in the period, most reported first.</param>
/// <param name="ReportsByCarrier">The reported numbers' carriers, most reported first, <c>unknown</c> last.</param>
/// <param name="ReportsByProvince">The reported numbers' provinces (ISO 3166-2:CN), most reported first, <see cref="UnknownProvince"/> last.</param>
/// <param name="Scorecard">The carriers that had cases forwarded in the period, in the carriers' order.</param>
/// <param name="CasesByState">Every state, in the order of <see cref="CaseState"/>.</param>
public sealed record PublicStatistics(
    DateTimeOffset BuiltAt,
    long FeedPosition,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<MonthlyCounts> ReportsByChannel,
    IReadOnlyList<MonthlyCounts> ReportsByCategory,
    IReadOnlyList<GroupCount> ReportsByCarrier,
    IReadOnlyList<GroupCount> ReportsByProvince,
    IReadOnlyList<CarrierStanding> Scorecard,
    IReadOnlyList<CaseStateCount> CasesByState,
    DeadlinePolicy Deadlines)
{
    /// <summary>Fewer measured cases than this and a carrier's working-day times or on-time share are withheld.</summary>
    public const int MinimumCases = 5;

    /// <summary>The code of reports whose number has no province (landlines without one, short codes, foreign numbers).</summary>
    public const string UnknownProvince = "unknown";

    public DateOnly From => Months[0];

    /// <summary>The China day the figures were read on: the last day counted.</summary>
    public DateOnly To => ChinaTime.DateOf(BuiltAt);

    /// <summary>Every report of the period.</summary>
    public long Reports => ReportsByChannel.Sum(c => c.Total);
}
