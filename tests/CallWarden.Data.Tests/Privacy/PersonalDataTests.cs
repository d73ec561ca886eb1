using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Core.Screening;
using CallWarden.Data.Decisions;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Privacy;
using CallWarden.Data.Rules;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Privacy;

public sealed class PersonalDataTests
{
    private const string Ann = "13700001111";
    private const string Bob = "13700002222";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DataSubject Subject(string phone) => new(PhoneNumberNormalizer.Default.Normalize(phone));

    private static PersonalData Rights(TestStore store) => new(
        store.Contexts,
        [new ContactSection(), new ReportsSection(), new RulesSection(), new DecisionsSection(), new ConsentsSection(), new MessagesSection(), new SignInSection(), new Data.Registry.RefusalsSection()],
        PrivacyNotices.Shipped,
        store.Time);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Withdrawing_removes_the_reporter_from_their_reports_and_deletes_their_rules_decisions_and_consents_while_the_counts_stay(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await FillAsync(store);
        var before = await CountsAsync(store);

        var outcome = await Rights(store).WithdrawAsync(Subject(Ann), IntakeChannel.Web, DisplayLanguage.En, null, Ct);

        Assert.Equal(before, await CountsAsync(store));
        Assert.Equal(2, outcome.Removed["reports"]);
        Assert.Equal(1, outcome.Removed["rules"]);
        Assert.Equal(1, outcome.Removed["decisions"]);
        Assert.Equal(1, outcome.Removed["refusals"]);
        await using var db = store.Open();
        Assert.Equal([8613700002222], await db.Refusals.Select(r => r.Subscriber).ToListAsync(Ct));
        Assert.True(await db.Changes.AnyAsync(c => c.Kind == Data.Feed.ChangeKind.Refusal && c.Number == 8613700001111 && c.Payload.Contains("\"refused\":[]"), Ct));
        var reporters = await db.Reporters.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal([$"withdrawn:{reporters[0].Id}", "+8613700002222"], reporters.Select(r => r.Identity));
        Assert.Null(reporters[0].Phone);
        var reports = await db.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(3, reports.Count);
        Assert.All(reports.Take(2), r =>
        {
            Assert.Equal((string.Empty, $"withdrawn:{r.Id}", $"withdrawn:{reporters[0].Id}", null), (r.RawPayload, r.IdempotencyKey, r.IdempotencyScope, r.PayloadHash));
            Assert.Equal((Submissions.TargetE164, "harassment", reporters[0].Id), (r.Target, r.CategoryCode, r.ReporterId));
        });
        Assert.Equal(("13912345678*推銷", "b-1"), (reports[2].RawPayload, reports[2].IdempotencyKey));
        Assert.DoesNotContain(await db.Reports.AsNoTracking().Select(r => r.RawPayload + r.IdempotencyKey + r.IdempotencyScope).ToListAsync(Ct), t => t.Contains("13700001111", StringComparison.Ordinal));
        Assert.False(await db.SubscriberRules.AnyAsync(r => r.Subscriber == 8613700001111, Ct));
        Assert.True(await db.SubscriberRules.AnyAsync(r => r.Subscriber == 8613700002222, Ct));
        Assert.Equal([8613700002222], await db.DecisionLog.Select(d => d.Subscriber).ToListAsync(Ct));
        Assert.Equal(["+8613700002222"], await db.Consents.Select(c => c.Subject).Distinct().ToListAsync(Ct));
        Assert.True(await db.Changes.AnyAsync(c => c.Kind == Data.Feed.ChangeKind.Rules && c.Number == 8613700001111 && c.Payload.Contains("\"version\":0"), Ct));
        var toAnn = await db.Outbox.AsNoTracking().Where(m => m.Recipient == "+8613700001111").ToListAsync(Ct);
        Assert.Equal([(OutboxTemplates.ConsentWithdrawn, "en")], toAnn.Select(m => (m.TemplateKey, m.Language)));
        var audit = await db.PrivacyAudit.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((PrivacyAction.Withdrawn, Subject(Ann).Digest, IntakeChannel.Web), (audit.Action, audit.SubjectDigest, audit.Channel));
        Assert.DoesNotContain("1370000", audit.Detail + audit.SubjectDigest, StringComparison.Ordinal);
        Assert.Contains("reports=2", audit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_export_holds_every_section_of_the_phone_s_own_records_and_nobody_else_s(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await FillAsync(store);

        var export = await Rights(store).ExportAsync(Subject(Ann), IntakeChannel.Api, audited: true, Ct);

        var json = System.Text.Encoding.UTF8.GetString(PersonalDataJson.Write(export));
        Assert.Equal(["contact", "reports", "rules", "decisions", "consents", "messages", "signIn", "refusals"], export.Sections.Keys);
        var sections = PersonalDataJson.Tree(export).GetProperty("sections");
        Assert.Equal(2, sections.GetProperty("reports").GetArrayLength());
        Assert.True(sections.GetProperty("rules").GetProperty("rules").GetProperty("labelOnly").GetBoolean());
        Assert.Equal("all", sections.GetProperty("refusals").GetProperty("categories")[0].GetString());
        Assert.Equal(1, sections.GetProperty("decisions").GetArrayLength());
        Assert.Equal(3, sections.GetProperty("consents").GetArrayLength());
        Assert.Equal(2, sections.GetProperty("messages").GetArrayLength());
        Assert.DoesNotContain("13700002222", json, StringComparison.Ordinal);
        await using var db = store.Open();
        Assert.Equal(PrivacyAction.Exported, (await db.PrivacyAudit.SingleAsync(Ct)).Action);
    }

    [Fact]
    public async Task An_SMS_request_awaits_its_confirmation_for_the_window_and_no_longer_nor_after_the_withdrawal()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var rights = Rights(store);
        var window = TimeSpan.FromMinutes(10);

        Assert.False(await rights.AwaitsConfirmationAsync(Subject(Ann), window, Ct));
        await rights.RequestWithdrawalAsync(Subject(Ann), Ct);
        store.Time.Advance(window);
        Assert.True(await rights.AwaitsConfirmationAsync(Subject(Ann), window, Ct));
        Assert.False(await rights.AwaitsConfirmationAsync(Subject(Bob), window, Ct));
        store.Time.Advance(TimeSpan.FromTicks(1));
        Assert.False(await rights.AwaitsConfirmationAsync(Subject(Ann), window, Ct));

        await rights.RequestWithdrawalAsync(Subject(Ann), Ct);
        await rights.WithdrawAsync(Subject(Ann), IntakeChannel.Sms, DisplayLanguage.ZhHans, "12321", Ct);
        Assert.False(await rights.AwaitsConfirmationAsync(Subject(Ann), window, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_correction_rewrites_the_name_and_email_of_the_phone_s_web_reports_and_the_language_of_its_messages(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var intake = new ReportIntake(store.Contexts, store.Time))
        {
            var at = store.Time.GetUtcNow();
            Assert.True((await intake.SubmitAsync(new ReportSubmission(IntakeChannel.Web, "{\"form\":\"report\",\"name\":\"王小明\",\"email\":\"old@example.cn\"}", at, Ann, null, "web-1", Submissions.Target, "fraud"), Ct)).Accepted);
            Assert.True((await intake.SubmitAsync(Submissions.Sms(at) with { ReporterPhone = Bob }, Ct)).Accepted);
        }

        var rights = Rights(store);
        Assert.Equal(new ContactDetails("+8613700001111", "王小明", "old@example.cn", DisplayLanguage.ZhHans), await rights.ContactAsync(Subject(Ann), Ct));

        var corrected = await rights.CorrectAsync(Subject(Ann), new ContactCorrection(null, "new@example.cn", DisplayLanguage.ZhHant), IntakeChannel.Web, Ct);

        Assert.Equal(new ContactDetails("+8613700001111", null, "new@example.cn", DisplayLanguage.ZhHant), corrected);
        await using var db = store.Open();
        Assert.Equal(["zh-Hans"], await db.Outbox.Where(m => m.Recipient == "+8613700002222").Select(m => m.Language).ToListAsync(Ct));
        Assert.Contains("\"email\":\"new@example.cn\"", (await db.Reports.FirstAsync(r => r.Channel == IntakeChannel.Web, Ct)).RawPayload, StringComparison.Ordinal);
        var audit = await db.PrivacyAudit.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((PrivacyAction.Corrected, "reports=1 messages=1"), (audit.Action, audit.Detail));
    }

    [Theory]
    [InlineData("a@b.cn", null)]
    [InlineData("", null)]
    [InlineData("no-at.example.cn", "email")]
    [InlineData("two@@example.cn", "email")]
    [InlineData("a@b", "email")]
    [InlineData("a b@c.cn", "email")]
    [InlineData("@example.cn", "email")]
    public void An_email_must_look_like_one(string email, string? problem) =>
        Assert.Equal(problem is null ? [] : [problem], new ContactCorrection(null, email, DisplayLanguage.En).Problems());

    /// <summary>Ann: two SMS reports, rules, a decision; Bob: one report, rules, a decision.</summary>
    private static async Task FillAsync(TestStore store)
    {
        var at = store.Time.GetUtcNow();
        await using (var intake = new ReportIntake(store.Contexts, store.Time))
        {
            foreach (var submission in new[] { Submissions.Sms(at, "a-1"), Submissions.Sms(at.AddMinutes(1), "a-2"), Submissions.Sms(at, "b-1", reporter: Bob) })
            {
                Assert.True((await intake.SubmitAsync(submission, Ct)).Accepted);
            }
        }

        await using var db = store.Open();
        foreach (var subscriber in new[] { 8613700001111L, 8613700002222L })
        {
            Assert.NotNull(await SubscriberRuleStore.SaveAsync(db, subscriber, SubscriberRules.Default with { LabelOnly = true }, 0, at, cancellationToken: Ct));
            db.Refusals.Add(new Data.Registry.RefusalRecord { Subscriber = subscriber, Categories = Core.Registry.MarketingCategories.All, Channel = "sms", RegisteredAt = at, UpdatedAt = at });
            db.DecisionLog.Add(new DecisionLogEntry { DecisionId = "d" + subscriber, Subscriber = subscriber, Caller = 8613912345678, At = at, DecidingRule = "reputation", Reasons = "r" });
        }

        db.Consents.Add(new ConsentRecord { Subject = "+8613700001111", Phone = 8613700001111, Notice = "privacy-2026-12", Purpose = ConsentPurpose.Screening, Channel = IntakeChannel.Sms, At = at });
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>What the public and the screening see: reputation rows and rollups, whole.</summary>
    private static async Task<string> CountsAsync(TestStore store)
    {
        await using var db = store.Open();
        var reputations = await db.Reputations.AsNoTracking().OrderBy(r => r.Number).ToListAsync(Ct);
        var rollups = await db.Rollups.AsNoTracking().OrderBy(r => r.Day).ThenBy(r => r.Channel).ThenBy(r => r.Category).ToListAsync(Ct);
        return System.Text.Json.JsonSerializer.Serialize(new { reputations, rollups, cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync(Ct) });
    }
}
