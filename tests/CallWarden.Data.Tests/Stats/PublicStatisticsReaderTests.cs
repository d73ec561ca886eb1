using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Cases;
using CallWarden.Data.Stats;
using CallWarden.Data.Tests.Storage;

namespace CallWarden.Data.Tests.Stats;

/// <summary>The published figures from rows written directly, so that every boundary is where the test puts it.</summary>
public sealed class PublicStatisticsReaderTests
{
    private static readonly CaseDeadlines Deadlines = new(WorkingDayCalendar.China, new DeadlinePolicy());

    /// <summary>Monday 30 November 2026, 10:00 China time: the period is December 2025 to November 2026.</summary>
    private static readonly DateTimeOffset Now = TestStore.Start;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset China(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, ChinaTime.Offset);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Reports_are_counted_per_China_month_over_the_twelve_months_ending_with_this_one(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.Open())
        {
            db.Rollups.AddRange(
                Rollup(2025, 11, 30, "sms", "fraud", "china_mobile", "CN-JS", 100), // the month before the period
                Rollup(2025, 12, 1, "sms", "fraud", "china_mobile", "CN-JS", 3),
                Rollup(2026, 5, 31, "email", "harassment", "china_unicom", "CN-GD", 2),
                Rollup(2026, 5, 31, "email", "fraud", "unknown", "", 4),
                Rollup(2026, 11, 30, "import", "marketing", "china_telecom", "CN-GD", 1),
                Rollup(2026, 11, 30, "sms", "marketing", "china_mobile", "CN-BJ", 1),
                Rollup(2026, 12, 1, "sms", "fraud", "china_mobile", "CN-JS", 50)); // tomorrow: not yet
            await db.SaveChangesAsync(Ct);
        }

        var figures = await ReadAsync(store);

        Assert.Equal(Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 12, 1).AddMonths(i)), figures.Months);
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30), 11L), (figures.From, figures.To, figures.Reports));
        Assert.Equal(["sms", "email", "web", "api", "import", "voice"], figures.ReportsByChannel.Select(c => c.Code));
        Assert.Equal([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], figures.ReportsByChannel[0].Months);
        Assert.Equal([0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0], figures.ReportsByChannel[1].Months);
        Assert.All(figures.ReportsByChannel.Skip(2).Take(2), c => Assert.Equal(0, c.Total));
        Assert.Equal(1, figures.ReportsByChannel[4].Months[11]);
        Assert.Equal([("fraud", 7L), ("harassment", 2L), ("marketing", 2L)], figures.ReportsByCategory.Select(c => (c.Code, c.Total)));
        Assert.Equal([new GroupCount("china_mobile", 4), new GroupCount("china_unicom", 2), new GroupCount("china_telecom", 1), new GroupCount("unknown", 4)], figures.ReportsByCarrier);
        Assert.Equal([new GroupCount("CN-GD", 3), new GroupCount("CN-JS", 3), new GroupCount("CN-BJ", 1), new GroupCount(PublicStatistics.UnknownProvince, 4)], figures.ReportsByProvince);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Each_carrier_is_scored_on_the_cases_forwarded_to_it_in_working_days_and_small_numbers_are_withheld(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.Open())
        {
            var id = 0;
            void Case(CaseState state, string? carrier, DateTimeOffset received, DateTimeOffset? forwarded = null, DateTimeOffset? actioned = null) =>
                db.Cases.Add(new CaseRecord
                {
                    Id = ++id, Number = 8613900000000 + id, NumberKind = NumberKind.Mobile, State = state, CarrierCode = carrier,
                    ReceivedAt = received, ForwardedAt = forwarded, ActionedAt = actioned, UpdatedAt = Now,
                });

            // China Mobile: forwarded after 1, 2, 3, 4, 4, 1 and 1 working days; acted after 1, 2, 2, 15 (on time) and 16 (late).
            Case(CaseState.Closed, "china_mobile", China(2026, 11, 2), China(2026, 11, 3), China(2026, 11, 4));
            Case(CaseState.Closed, "china_mobile", China(2026, 11, 2), China(2026, 11, 4), China(2026, 11, 6));
            Case(CaseState.Closed, "china_mobile", China(2026, 11, 2), China(2026, 11, 5), China(2026, 11, 9));
            Case(CaseState.Closed, "china_mobile", China(2026, 11, 2), China(2026, 11, 6), China(2026, 11, 27));
            Case(CaseState.Actioned, "china_mobile", China(2026, 11, 2), China(2026, 11, 6), China(2026, 11, 30, 9));
            // Still unanswered: due at the start of 25 November, so late now; and one forwarded four days ago, not judged yet.
            Case(CaseState.Forwarded, "china_mobile", China(2026, 11, 2), China(2026, 11, 3));
            Case(CaseState.Forwarded, "china_mobile", China(2026, 11, 25), China(2026, 11, 26));

            // China Unicom: too few cases for times or a share; a disputed case has no deadline to act.
            Case(CaseState.Closed, "china_unicom", China(2026, 11, 2), China(2026, 11, 3), China(2026, 11, 4));
            Case(CaseState.Disputed, "china_unicom", China(2026, 11, 2), China(2026, 11, 3));

            // China Telecom: one forwarded in the period's first days from a case received before it; one forwarded before the period.
            Case(CaseState.Forwarded, "china_telecom", China(2025, 11, 28), China(2025, 12, 2));
            Case(CaseState.Closed, "china_telecom", China(2025, 11, 20), China(2025, 11, 25), China(2025, 11, 26));

            Case(CaseState.Received, null, China(2026, 11, 29));
            Case(CaseState.Rejected, null, China(2026, 6, 1));
            await db.SaveChangesAsync(Ct);
        }

        var figures = await ReadAsync(store);

        Assert.Equal(
            [
                new CarrierStanding("china_mobile", 7, 5, 4, 1, 2, 4, 2, 16, 0.6667),
                new CarrierStanding("china_unicom", 2, 1, 1, 0, null, null, null, null, null),
                new CarrierStanding("china_telecom", 1, 0, 0, 1, null, null, null, null, null),
            ],
            figures.Scorecard);
        Assert.Equal(
            [(CaseState.Received, 1L), (CaseState.Verified, 0L), (CaseState.Forwarded, 2L), (CaseState.Actioned, 1L), (CaseState.Closed, 5L), (CaseState.Rejected, 1L), (CaseState.Merged, 0L), (CaseState.Disputed, 1L)],
            figures.CasesByState.Select(s => (s.State, s.Cases)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task An_empty_store_publishes_twelve_empty_months_and_every_state_at_zero(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var figures = await ReadAsync(store);

        Assert.Equal(12, figures.Months.Count);
        Assert.All(figures.ReportsByChannel, c => Assert.Equal(new long[12], c.Months));
        Assert.Empty(figures.ReportsByCategory);
        Assert.Empty(figures.ReportsByCarrier);
        Assert.Empty(figures.Scorecard);
        Assert.Equal(Enum.GetValues<CaseState>(), figures.CasesByState.Select(s => s.State));
        Assert.All(figures.CasesByState, s => Assert.Equal(0, s.Cases));
    }

    private static async Task<PublicStatistics> ReadAsync(TestStore store)
    {
        await using var db = store.Open();
        return await PublicStatisticsReader.ReadAsync(db, Deadlines, Now, Ct);
    }

    private static DailyRollup Rollup(int year, int month, int day, string channel, string category, string carrier, string province, long count) =>
        new() { Day = new DateOnly(year, month, day), Channel = channel, Category = category, Carrier = carrier, Province = province, Count = count };
}
