using CallWarden.Core.Cases;

namespace CallWarden.Data.Stats.Monthly;

/// <summary>
/// The centre's monthly report (月报) for the authorities: the figures of China month <see cref="Month"/>
/// as the store had them at <see cref="BuiltAt"/>. Its totals are <see cref="Counts"/>, read exactly as
/// <c>/api/v1/stats/summary</c> reads the same days.
/// </summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Counts">Reports and cases of the month's days up to <see cref="PeriodCounts.To"/> (today, while the month runs).</param>
/// <param name="ByProvince">Provinces by ISO 3166-2:CN code, and <see cref="PublicStatistics.UnknownProvince"/> for numbers without one.</param>
/// <param name="TopNumbers">The most reported numbers of the month whose case an analyst verified, most reports first.</param>
/// <param name="Scorecard">The carriers' handling of the cases forwarded to them in the month.</param>
/// <param name="Overdue">Cases received in the month that are past a deadline now.</param>
/// <param name="PoliceReferrals">Cases referred to the police in the month.</param>
public sealed record MonthlyReport(
    DateOnly Month,
    DateTimeOffset BuiltAt,
    PeriodCounts Counts,
    long PreviousMonthReports,
    long SameMonthLastYearReports,
    IReadOnlyList<MonthlyVolume> ByChannel,
    IReadOnlyList<MonthlyVolume> ByCategory,
    IReadOnlyList<MonthlyVolume> ByCarrier,
    IReadOnlyList<MonthlyVolume> ByProvince,
    IReadOnlyList<ReportedNumber> TopNumbers,
    IReadOnlyList<CarrierScore> Scorecard,
    MonthlyCases Overdue,
    MonthlyCases PoliceReferrals)
{
    public long Reports => Counts.Reports;

    /// <summary>The last day counted: the month's last day, or today while the month runs.</summary>
    public DateOnly To => Counts.To;

    public bool Complete => To == Month.AddMonths(1).AddDays(-1);
}
