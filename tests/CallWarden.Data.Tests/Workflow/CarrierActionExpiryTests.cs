using CallWarden.Core.Cases;
using CallWarden.Data.Feed;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Workflow;

public sealed class CarrierActionExpiryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_restriction_ends_by_itself_and_its_end_is_announced_once(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var expiry = new CarrierActionExpiry(store.Contexts);
        var id = await ReportAsync(store, 1);
        await workflow.VerifyAsync(id, Analyst, "ok", Ct);
        await workflow.ForwardAsync(id, Analyst, "to carrier", cancellationToken: Ct);
        var action = (await workflow.RecordActionAsync(id, CarrierActionKind.RestrictOutbound, 2, MobileOperator, "barred for two days", Ct))!.Value.Action!;

        Assert.Equal(0, await expiry.RunOnceAsync(action.EndsAt!.Value.AddTicks(-1), Ct));
        Assert.True(action.IsInForceAt(action.EndsAt.Value.AddTicks(-1)));
        Assert.Equal(1, await expiry.RunOnceAsync(action.EndsAt.Value, Ct));
        Assert.Equal(0, await expiry.RunOnceAsync(action.EndsAt.Value.AddDays(1), Ct));

        Assert.False((await workflow.LoadAsync(id, Ct))!.Action!.IsInForceAt(action.EndsAt.Value));
        await using var db = store.Open();
        var enforcement = await db.Changes.Where(c => c.Kind == ChangeKind.Enforcement).OrderBy(c => c.Sequence).ToListAsync(Ct);
        Assert.Equal(2, enforcement.Count);
        Assert.Contains("\"ended\"", enforcement[1].Payload, StringComparison.Ordinal);
    }
}
