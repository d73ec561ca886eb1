using System.Data.Common;
using CallWarden.Core.Cases;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Workflow;

public sealed class ResultNoticesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Recording_an_action_queues_one_result_per_report_on_its_acknowledgements_channel_and_closes_the_case(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var id = await ForwardedCaseAsync(store, workflow);

        var result = (await workflow.RecordActionAsync(id, CarrierActionKind.RestrictOutbound, 7, MobileOperator, "outbound barred", Ct))!;

        Assert.True(result.Succeeded);
        Assert.Equal(CaseState.Closed, result.Value.State);
        var loaded = (await workflow.LoadAsync(id, Ct))!;
        Assert.Equal(CaseState.Closed, loaded.State);
        Assert.Equal([(CaseAction.ActionRecorded, ActorRole.CarrierOperator), (CaseAction.Closed, ActorRole.System)], loaded.Audit.TakeLast(2).Select(e => (e.Action, e.Role)));
        await using var db = store.Open();
        var acks = await db.Outbox.AsNoTracking().Where(m => m.TemplateKey == OutboxTemplates.ReportAcknowledged).ToListAsync(Ct);
        var told = await db.Outbox.AsNoTracking().Where(m => m.TemplateKey == OutboxTemplates.CaseResult).ToListAsync(Ct);
        Assert.Equal(3, told.Count);
        Assert.Equal(Told(acks), Told(told));
        Assert.Equal(loaded.Reports.Select(r => "result:" + r.Reference).Order(StringComparer.Ordinal), told.Select(m => m.DedupKey).Order(StringComparer.Ordinal));
        Assert.All(told, m => Assert.Contains("\"restrict_outbound\"", m.Parameters, StringComparison.Ordinal));
        Assert.All(told, m => Assert.Contains("\"days\":7", m.Parameters, StringComparison.Ordinal));
        Assert.All(told, m => Assert.Contains("\"until\":\"", m.Parameters, StringComparison.Ordinal));
        Assert.Equal(0, await workflow.TellActionedAsync(Ct));
        Assert.Equal(3, await db.Outbox.CountAsync(m => m.TemplateKey == OutboxTemplates.CaseResult, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task When_the_notices_cannot_be_written_the_action_is_not_stored_either(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var id = await ForwardedCaseAsync(store, workflow);
        var failing = new PooledDbContextFactory<CallWardenDbContext>(
            new DbContextOptionsBuilder<CallWardenDbContext>(store.Options).AddInterceptors(new FailOutboxInserts()).Options);

        await Assert.ThrowsAnyAsync<Exception>(() => new CaseWorkflow(failing, store.Time).RecordActionAsync(id, CarrierActionKind.Warning, null, MobileOperator, "warned", Ct));

        await using (var db = store.Open())
        {
            Assert.Equal(CaseState.Forwarded, (await db.Cases.SingleAsync(c => c.Id == id, Ct)).State);
            Assert.Empty(await db.CarrierActions.ToListAsync(Ct));
            Assert.Equal(0, await db.Outbox.CountAsync(m => m.TemplateKey == OutboxTemplates.CaseResult, Ct));
            Assert.DoesNotContain(await db.CaseAudit.Select(a => a.Action).ToListAsync(Ct), a => a is CaseAction.ActionRecorded or CaseAction.Closed);
        }

        Assert.True((await workflow.RecordActionAsync(id, CarrierActionKind.Warning, null, MobileOperator, "warned", Ct))!.Succeeded);
        await using var after = store.Open();
        Assert.Equal(3, await after.Outbox.CountAsync(m => m.TemplateKey == OutboxTemplates.CaseResult, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_case_an_earlier_version_left_actioned_is_closed_and_only_its_untold_reporters_are_told(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var id = await ForwardedCaseAsync(store, workflow);
        await workflow.RecordActionAsync(id, CarrierActionKind.SuspendOutbound, null, MobileOperator, "suspended", Ct);

        // The earlier version told reporters outside the action's transaction and crashed after the first.
        await SetStateAsync(store, id, CaseState.Actioned);
        await using (var db = store.Open())
        {
            var told = await db.Outbox.Where(m => m.TemplateKey == OutboxTemplates.CaseResult).OrderBy(m => m.Id).ToListAsync(Ct);
            db.Outbox.RemoveRange(told.Skip(1));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(1, await workflow.TellActionedAsync(Ct));
        Assert.Equal(0, await workflow.TellActionedAsync(Ct));

        Assert.Equal(CaseState.Closed, (await workflow.LoadAsync(id, Ct))!.State);
        await using var read = store.Open();
        var results = await read.Outbox.Where(m => m.TemplateKey == OutboxTemplates.CaseResult).Select(m => m.DedupKey).ToListAsync(Ct);
        Assert.Equal(3, results.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, results.Count);
    }

    /// <summary>Three reports from two channels against one number, verified and forwarded to China Mobile.</summary>
    private static async Task<long> ForwardedCaseAsync(TestStore store, CaseWorkflow workflow)
    {
        await using (var intake = new ReportIntake(store.Contexts, store.Time))
        {
            var at = store.Time.GetUtcNow();
            await intake.SubmitAsync(Submissions.Sms(at, "gw-1", reporter: "13700001111"), Ct);
            await intake.SubmitAsync(Submissions.Sms(at, "gw-2", reporter: "13700002222"), Ct);
        }

        var id = await ReportAsync(store, 3);
        await workflow.VerifyAsync(id, Analyst, "three reporters", Ct);
        await workflow.ForwardAsync(id, Analyst, "to the carrier", cancellationToken: Ct);
        return id;
    }

    private static List<(OutboxChannel, string, string)> Told(IEnumerable<OutboxMessage> messages) =>
        [.. messages.Select(m => (m.Channel, m.Recipient, m.Language)).Order()];

    /// <summary>Fails the statement that writes outbox rows, as a full disk or a dropped connection would.</summary>
    private sealed class FailOutboxInserts : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"outbox\"", StringComparison.Ordinal) || command.CommandText.Contains("INSERT INTO outbox", StringComparison.Ordinal)
                ? throw new InvalidOperationException("the outbox cannot be written")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
