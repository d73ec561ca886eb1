using CallWarden.Core.Cases;
using CallWarden.Data.Feed;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Workflow;

public sealed class CaseWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Every_transition_is_stored_with_its_audit_event_and_enforcement_reaches_the_feed(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var id = await ReportAsync(store, 1);

        Assert.True((await workflow.VerifyAsync(id, Analyst, "call record matches", Ct))!.Succeeded);
        store.Time.Advance(TimeSpan.FromHours(1));
        var forwarded = (await workflow.ForwardAsync(id, Analyst, "to the carrier", cancellationToken: Ct))!;
        store.Time.Advance(TimeSpan.FromHours(1));
        var actioned = (await workflow.RecordActionAsync(id, CarrierActionKind.RestrictOutbound, 3, MobileOperator, "outbound barred", Ct))!;
        store.Time.Advance(TimeSpan.FromHours(1));
        var again = (await workflow.CloseAsync(id, Analyst, "already closed with the action", Ct))!;

        Assert.Equal(Core.Numbers.Carrier.ChinaMobile, forwarded.Value.Routing!.Carrier);
        Assert.True(forwarded.Value.Routing.Police, "fraud reports go to the police too");
        var loaded = (await workflow.LoadAsync(id, Ct))!;
        Assert.Equal(CaseState.Closed, loaded.State);
        Assert.Equal(CaseErrorCode.IllegalTransition, again.Error!.Code);
        Assert.Equal([CaseAction.Opened, CaseAction.Verified, CaseAction.Forwarded, CaseAction.ActionRecorded, CaseAction.Closed], loaded.Audit.Select(e => e.Action));
        Assert.Equal(actioned.Value.Action, loaded.Action);
        Assert.Equal(store.Time.GetUtcNow().AddHours(-1).AddDays(3), loaded.Action!.EndsAt);
        await using var db = store.Open();
        var record = await db.Cases.SingleAsync(Ct);
        Assert.Equal(("china_mobile", true), (record.CarrierCode, record.Police));
        Assert.NotNull(record.ForwardedAt);
        Assert.Single(await db.Changes.Where(c => c.Kind == ChangeKind.Enforcement).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_refused_transition_changes_nothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var id = await ReportAsync(store, 1);

        var closed = (await workflow.CloseAsync(id, Analyst, "too early", Ct))!;
        var byCarrier = (await workflow.VerifyAsync(id, MobileOperator, "not theirs", Ct))!;

        Assert.Equal(CaseErrorCode.IllegalTransition, closed.Error!.Code);
        Assert.Equal(CaseErrorCode.RoleNotAllowed, byCarrier.Error!.Code);
        Assert.Null(await workflow.VerifyAsync(999, Analyst, "no such case", Ct));
        await using var db = store.Open();
        Assert.Equal(1, await db.CaseAudit.CountAsync(Ct));
        Assert.Equal(CaseState.Received, (await db.Cases.SingleAsync(Ct)).State);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Merging_keeps_every_report_and_audit_event_of_both_cases(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var target = await ReportAsync(store, 1);
        await ReportAsync(store, 2);
        await SetStateAsync(store, target, CaseState.Closed);
        var source = await ReportAsync(store, 3);
        await SetStateAsync(store, target, CaseState.Received);
        store.Time.Advance(TimeSpan.FromMinutes(5));

        var merge = (await workflow.MergeAsync(source, target, Analyst, "same number", Ct))!;

        Assert.True(merge.Succeeded, merge.ToString());
        var merged = (await workflow.LoadAsync(target, Ct))!;
        var folded = (await workflow.LoadAsync(source, Ct))!;
        Assert.Equal(3, merged.Reports.Length);
        Assert.Equal(merge.Value.Target.Audit.Select(e => (e.CaseId, e.Action)).Order(), merged.Audit.Select(e => (e.CaseId, e.Action)).Order());
        Assert.Equal(CaseAction.Absorbed, merged.Audit[^1].Action);
        Assert.Equal((CaseState.Merged, (long?)target), (folded.State, folded.MergedInto));
        Assert.Single(folded.Reports);
        Assert.Equal([CaseAction.Opened, CaseAction.MergedInto], folded.Audit.Select(e => e.Action));
    }
}
