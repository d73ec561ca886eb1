using CallWarden.Core.Cases;
using CallWarden.Data.Intake;
using CallWarden.Data.Workflow;
using CallWarden.Demo;
using CallWarden.Storage;
using CallWarden.Tests.Cli;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Tests.Demo;

public sealed class DemoDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-demo-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_history_queues_no_message_for_its_invented_reporters_now_or_when_a_case_is_acted_on_later()
    {
        var time = new FakeTimeProvider(CliRun.DefaultNow);
        await using var database = await CliDatabase.OpenAsync(Path.Combine(_folder, "demo.db"), Ct);
        var workflow = new CaseWorkflow(database.Contexts, time);
        await using (var intake = new ReportIntake(database.Contexts, time))
        {
            var demo = new DemoData(database.Contexts, intake, new AccessAccounts(database.Contexts, time), time);
            Assert.NotEmpty(await demo.LoadAsync(Ct));
        }

        await using var db = await database.Contexts.CreateDbContextAsync(Ct);
        Assert.Equal(3_000, await db.Reports.CountAsync(Ct));
        Assert.True(await db.Cases.AnyAsync(c => c.State == CaseState.Closed, Ct), "the demo closes cases after a carrier action");
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.SentAt == null, Ct));

        var forwarded = await db.Cases.Where(c => c.State == CaseState.Forwarded).Select(c => c.Id).FirstAsync(Ct);
        var carrier = (await workflow.LoadAsync(forwarded, Ct))!.Routing!.Carrier;
        time.Advance(TimeSpan.FromHours(1));
        var acted = await workflow.RecordActionAsync(forwarded, CarrierActionKind.Warning, null, new Actor("operator", ActorRole.CarrierOperator, carrier), "warned", Ct);

        Assert.True(acted!.Succeeded);
        Assert.Equal(0, await db.Outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task The_demo_history_is_spread_over_the_past_months_so_that_past_scorecards_and_monthly_reports_have_figures()
    {
        var time = new FakeTimeProvider(CliRun.DefaultNow);
        await using var database = await CliDatabase.OpenAsync(Path.Combine(_folder, "spread.db"), Ct);
        await using (var intake = new ReportIntake(database.Contexts, time))
        {
            await new DemoData(database.Contexts, intake, new AccessAccounts(database.Contexts, time), time).LoadAsync(Ct);
        }

        await using var db = await database.Contexts.CreateDbContextAsync(Ct);
        var now = time.GetUtcNow();
        var forwarded = (await db.Cases.Where(c => c.ForwardedAt != null).Select(c => c.ForwardedAt).ToListAsync(Ct)).Select(f => f!.Value).ToList();
        var actioned = (await db.Cases.Where(c => c.ActionedAt != null).Select(c => c.ActionedAt).ToListAsync(Ct)).Select(a => a!.Value).ToList();
        Assert.True(forwarded.Count(f => f < now.AddDays(-30)) > forwarded.Count / 3, "most forwarded cases were forwarded in past months");
        Assert.True(actioned.Count(a => a < now.AddDays(-30)) > actioned.Count / 3, "most actions were recorded in past months");
        Assert.All(actioned, a => Assert.True(a <= now));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
