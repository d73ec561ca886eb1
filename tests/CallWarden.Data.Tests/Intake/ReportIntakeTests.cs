using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Core.Reputation;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Intake;

public sealed class ReportIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Report_is_stored_with_a_reference_and_opens_a_case(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        var result = await intake.SubmitAsync(Submissions.Sms(store.Time.GetUtcNow()), Ct);

        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        Assert.Equal("R20261130-000001", result.Receipt!.Reference);
        Assert.Equal(CaseState.Received, result.Receipt.CaseState);
        Assert.False(result.Receipt.Duplicate);
        await using var db = store.Open();
        var report = await db.Reports.SingleAsync(Ct);
        Assert.Equal(Submissions.TargetE164, report.Target);
        Assert.Equal(result.Receipt.CaseId, report.CaseId);
        Assert.Equal(store.Time.GetUtcNow(), report.ReceivedAt);
        Assert.Equal(1, report.DailyOrdinal);
        var audit = await db.CaseAudit.SingleAsync(Ct);
        Assert.Equal(CaseAction.Opened, audit.Action);
        Assert.Equal(1, await db.CaseReports.CountAsync(l => l.CaseId == report.CaseId, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Same_idempotency_key_twice_creates_one_report(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var submission = Submissions.Sms(store.Time.GetUtcNow());

        var first = await intake.SubmitAsync(submission, Ct);
        var again = await intake.SubmitAsync(submission with { RawPayload = "resent by the gateway" }, Ct);
        var together = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => intake.SubmitAsync(submission with { IdempotencyKey = "gw-2" }, Ct)));

        Assert.True(again.Receipt!.Duplicate);
        Assert.Equal(first.Receipt!.Reference, again.Receipt.Reference);
        Assert.Single(together.Select(r => r.Receipt!.Reference).Distinct());
        Assert.Equal(4, together.Count(r => r.Receipt!.Duplicate));
        await using var db = store.Open();
        Assert.Equal(2, await db.Reports.CountAsync(Ct));
        Assert.Equal(2, await db.Outbox.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task References_count_up_per_China_day_and_restart_the_next_day(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        var a = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 1), Ct);
        var b = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 2), Ct);

        // 16:30 UTC is 00:30 the next day in China.
        store.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero));
        var c = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 3), Ct);

        Assert.Equal(["R20261130-000001", "R20261130-000002", "R20261201-000001"], [a.Receipt!.Reference, b.Receipt!.Reference, c.Receipt!.Reference]);
        Assert.All([a, b, c], r => Assert.True(ReportReference.IsWellFormed(r.Receipt!.Reference)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Reports_against_a_number_join_its_open_case_and_a_report_after_closing_opens_a_new_one(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var first = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 1, "139 1234 5678"), Ct);
        var second = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 2, "+86 139-1234-5678"), Ct);
        var other = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 3, "13612345678"), Ct);
        Assert.Equal(first.Receipt!.CaseId, second.Receipt!.CaseId);
        Assert.NotEqual(first.Receipt.CaseId, other.Receipt!.CaseId);

        await using (var db = store.Open())
        {
            var c = await db.Cases.SingleAsync(c => c.Id == first.Receipt.CaseId, Ct);
            c.State = CaseState.Closed;
            await db.SaveChangesAsync(Ct);
        }

        var after = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 4), Ct);

        Assert.NotEqual(first.Receipt.CaseId, after.Receipt!.CaseId);
        Assert.Equal(CaseState.Received, after.Receipt.CaseState);
        await using var check = store.Open();
        Assert.Equal(2, await check.CaseReports.CountAsync(l => l.CaseId == first.Receipt.CaseId, Ct));
        Assert.Equal(3, await check.Cases.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Every_acknowledged_report_queues_one_acknowledgement_on_its_channel(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        var sms = await intake.SubmitAsync(Submissions.Sms(store.Time.GetUtcNow()), Ct);
        var api = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 9), Ct);

        await using var db = store.Open();
        var messages = await db.Outbox.OrderBy(m => m.Id).ToListAsync(Ct);
        Assert.Equal(2, messages.Count);
        Assert.Equal((OutboxChannel.Sms, "+8613700001111", "ack:" + sms.Receipt!.Reference), (messages[0].Channel, messages[0].Recipient, messages[0].DedupKey));
        Assert.Equal((OutboxChannel.Api, "client:9", "ack:" + api.Receipt!.Reference), (messages[1].Channel, messages[1].Recipient, messages[1].DedupKey));
        Assert.Contains(sms.Receipt.Reference, messages[0].Parameters, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Equal(OutboxTemplates.ReportAcknowledged, m.TemplateKey));
        Assert.All(messages, m => Assert.Null(m.SentAt));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_acknowledgement_carries_the_category_so_a_police_matter_can_be_told_to_call_110(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        await intake.SubmitAsync(Submissions.Sms(store.Time.GetUtcNow(), category: "threat"), Ct);
        await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), 9, category: "marketing"), Ct);

        await using var db = store.Open();
        var parameters = await db.Outbox.OrderBy(m => m.Id).Select(m => m.Parameters).ToListAsync(Ct);
        Assert.Contains("\"category\":\"threat\"", parameters[0], StringComparison.Ordinal);
        Assert.Contains("\"category\":\"marketing\"", parameters[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Rollups_count_reports_per_day_channel_category_carrier_and_province(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();

        await intake.SubmitAsync(Submissions.Api(now, 1, "13912345678", "fraud"), Ct);
        await intake.SubmitAsync(Submissions.Api(now, 2, "13912345678", "fraud"), Ct);
        await intake.SubmitAsync(Submissions.Api(now, 3, "13912345679", "fraud"), Ct);
        await intake.SubmitAsync(Submissions.Api(now, 4, "13912345678", "marketing"), Ct);

        await using var db = store.Open();
        var rollups = await db.Rollups.OrderBy(r => r.Category).ToListAsync(Ct);
        Assert.Equal(2, rollups.Count);
        Assert.Equal(("fraud", 3L), (rollups[0].Category, rollups[0].Count));
        Assert.Equal(("marketing", 1L), (rollups[1].Category, rollups[1].Count));
        Assert.All(rollups, r => Assert.Equal((new DateOnly(2026, 11, 30), "api", "china_mobile"), (r.Day, r.Channel, r.Carrier)));
        Assert.All(rollups, r => Assert.StartsWith("CN-", r.Province, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Legitimate_feedback_lowers_the_score_once_per_phone_and_is_no_report_in_the_statistics(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();
        for (var i = 0; i < 4; i++)
        {
            await intake.SubmitAsync(Submissions.Sms(now, $"spam-{i}", reporter: $"1370000111{i}"), Ct);
        }

        var reported = await ScoreAsync(store);
        var feedback = Submissions.Sms(now, "legit-1", reporter: "13800138000") with { Channel = IntakeChannel.Web, Kind = EvidenceKind.LegitimateFeedback, CategoryCode = null };
        Assert.True((await intake.SubmitAsync(feedback, Ct)).Accepted);
        var once = await ScoreAsync(store);
        Assert.True((await intake.SubmitAsync(feedback with { IdempotencyKey = "legit-2" }, Ct)).Accepted);
        var twice = await ScoreAsync(store);

        Assert.True(once < reported, $"feedback left the score at {once} (was {reported})");
        Assert.Equal(once, twice);
        await using var db = store.Open();
        Assert.Equal(4, await db.Rollups.SumAsync(r => r.Count, Ct));
        Assert.Equal(4, await db.Reputations.Where(r => r.Number == Submissions.TargetE164).Select(r => r.DistinctReporters).SingleAsync(Ct));
    }

    private static async Task<int> ScoreAsync(TestStore store)
    {
        await using var db = store.Open();
        return await db.Reputations.Where(r => r.Number == Submissions.TargetE164).Select(r => r.Score).SingleAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Daily_ordinal_counts_a_reporters_reports_across_numbers(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();

        for (var i = 0; i < 3; i++)
        {
            await intake.SubmitAsync(Submissions.Sms(now, $"k{i}", $"1391234567{i}"), Ct);
        }

        await using var db = store.Open();
        Assert.Equal([1, 2, 3], await db.Reports.OrderBy(r => r.Id).Select(r => r.DailyOrdinal).ToListAsync(Ct));
        Assert.Equal(1, await db.Reporters.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Concurrent_submissions_are_each_stored_once(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        const int Tasks = 16, PerTask = 125;

        var results = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
        {
            List<IntakeResult> mine = [];
            for (var i = 0; i < PerTask; i++)
            {
                var n = (t * PerTask) + i;
                var target = string.Create(CultureInfo.InvariantCulture, $"1390000{n % 300:0000}");
                mine.Add(await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), n, target), Ct));
            }

            return mine;
        })));

        var receipts = results.SelectMany(r => r).Select(r => r.Receipt!).ToList();
        Assert.Equal(Tasks * PerTask, receipts.Select(r => r.Reference).Distinct().Count());
        await using var db = store.Open();
        Assert.Equal(Tasks * PerTask, await db.Reports.CountAsync(Ct));
        Assert.Equal(Tasks * PerTask, await db.Outbox.CountAsync(Ct));
        Assert.Equal(300, await db.Cases.CountAsync(Ct));
        Assert.Equal(Tasks * PerTask, await db.Rollups.SumAsync(r => r.Count, Ct));
        var sequences = receipts.Select(r => int.Parse(r.Reference[10..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, Tasks * PerTask), sequences);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_consent_notice_version_is_stored_with_the_report_and_the_one_in_force_when_none_was_shown(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time, notice: "privacy-2027-01");
        var now = store.Time.GetUtcNow();

        // Submitted together, so that one batch writes a row with the notice and a row without.
        var results = await Task.WhenAll(
            intake.SubmitAsync(Submissions.Api(now, 1) with { Channel = IntakeChannel.Web, ConsentNotice = "privacy-2026-12" }, Ct),
            intake.SubmitAsync(Submissions.Api(now, 2), Ct));

        Assert.All(results, r => Assert.True(r.Accepted, string.Join("; ", r.Errors)));
        await using var db = store.Open();
        var notices = await db.Reports.ToDictionaryAsync(r => r.Reference, r => r.ConsentNotice, Ct);
        Assert.Equal("privacy-2026-12", notices[results[0].Receipt!.Reference]);
        Assert.Equal("privacy-2027-01", notices[results[1].Receipt!.Reference]);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Refused_submission_stores_nothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        var result = await intake.SubmitAsync(Submissions.Sms(store.Time.GetUtcNow()) with { TargetText = "110" }, Ct);

        Assert.False(result.Accepted);
        Assert.Equal("target", Assert.Single(result.Errors).Field);
        await using var db = store.Open();
        Assert.Equal(0, await db.Reports.CountAsync(Ct));
    }
}
