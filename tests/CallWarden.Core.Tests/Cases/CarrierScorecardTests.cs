using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CsCheck;
using static CallWarden.Core.Tests.Cases.SampleCases;

using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Cases;

public sealed class CarrierScorecardTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;
    private static readonly CaseDeadlines Deadlines = new(Calendar, new DeadlinePolicy());
    private static readonly DateTimeOffset ForwardedAt = new(2026, 3, 2, 10, 0, 0, ChinaTime.Offset);

    private static Case Forwarded(long id, Carrier carrier) =>
        Opened(id, at: ForwardedAt.AddHours(-1)).Verify(Analyst, ForwardedAt.AddHours(-1), "credible").Ok()
            .Forward(carrier, Analyst, ForwardedAt, "route").Ok();

    private static Case ActedAfter(long id, int workingDays)
    {
        var actedAt = ChinaTime.StartOf(Calendar.AddWorkingDays(ChinaTime.DateOf(ForwardedAt), workingDays)).AddHours(11);
        return Forwarded(id, Carrier.ChinaMobile).RecordAction(CarrierActionKind.Warning, null, MobileOperator, actedAt, "warned").Ok();
    }

    [Fact]
    public void A_carrier_is_scored_on_its_working_days_to_act_and_its_share_on_time()
    {
        var cases = Enumerable.Range(1, 20).Select(k => ActedAfter(k, k)).ToList();

        var score = Assert.Single(CarrierScorecard.Compute(cases, Deadlines, ForwardedAt.AddDays(90)));

        Assert.Equal(new CarrierScore(Carrier.ChinaMobile, 20, 0, 10, 19, 15 / 20.0), score);
    }

    [Fact]
    public void Cases_left_unanswered_past_their_deadline_count_against_the_carrier()
    {
        var now = ForwardedAt.AddDays(30);
        var cases = new[] { Forwarded(1, Carrier.ChinaUnicom), ActedAfter(2, 2), Opened(3) };

        var scores = CarrierScorecard.Compute(cases, Deadlines, now);

        Assert.Equal(
            [new CarrierScore(Carrier.ChinaMobile, 1, 0, 2, 2, 1.0), new CarrierScore(Carrier.ChinaUnicom, 0, 1, null, null, 0.0)],
            scores);
    }

    [Fact]
    public void A_case_still_within_its_deadline_is_not_judged_yet()
    {
        var score = Assert.Single(CarrierScorecard.Compute([Forwarded(1, Carrier.ChinaTelecom)], Deadlines, ForwardedAt.AddDays(1)));

        Assert.Equal(new CarrierScore(Carrier.ChinaTelecom, 0, 0, null, null, null), score);
    }

    [Fact]
    public void A_nearest_rank_percentile_is_an_observed_value_and_grows_with_the_percentile()
    {
        Gen.Select(Gen.Int[0, 40].Array[1, 50], Gen.Double[0.0, 1.0], Gen.Double[0.0, 1.0]).Sample((values, p, q) =>
        {
            int[] sorted = [.. values.Order()];
            var (low, high) = p <= q ? (p, q) : (q, p);

            var atLow = DeadlineScore.NearestRank(sorted, low)!.Value;

            Assert.Contains(atLow, sorted);
            Assert.True(atLow <= DeadlineScore.NearestRank(sorted, high));
            Assert.Equal(sorted[^1], DeadlineScore.NearestRank(sorted, 1.0));
        });
    }
}
