using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Workflow;

public sealed class OverdueSweepTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_case_not_forwarded_within_three_working_days_is_flagged_and_unflagged_once_forwarded(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var deadlines = new CaseDeadlines(WorkingDayCalendar.China, new DeadlinePolicy());
        var sweep = new OverdueSweep(store.Contexts, deadlines);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var id = await ReportAsync(store, 1);
        var due = deadlines.For((await workflow.LoadAsync(id, Ct))!).Single().Due;

        Assert.Equal(0, await sweep.RunOnceAsync(due.AddMinutes(-1), Ct));
        Assert.Equal(1, await sweep.RunOnceAsync(due, Ct));
        await using (var db = store.Open())
        {
            Assert.Equal(due, (await db.Cases.SingleAsync(Ct)).OverdueSince);
        }

        store.Time.SetUtcNow(due.AddHours(1));
        await workflow.VerifyAsync(id, Analyst, "ok", Ct);
        await workflow.ForwardAsync(id, Analyst, "late but done", cancellationToken: Ct);

        Assert.Equal(0, await sweep.RunOnceAsync(due.AddHours(2), Ct));
        await using var check = store.Open();
        var c = await check.Cases.SingleAsync(Ct);
        Assert.Null(c.OverdueSince);
        Assert.Equal(CaseState.Forwarded, c.State);
    }
}
