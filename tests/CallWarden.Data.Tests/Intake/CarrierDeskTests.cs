using CallWarden.Core.Cases;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Intake;

public sealed class CarrierDeskTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_report_sent_to_a_carriers_own_number_is_on_its_desk_at_once_and_answered_from_that_number(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();

        // A China Unicom number reported to China Mobile's desk: the desk the user chose has it.
        var result = await intake.SubmitAsync(Submissions.Sms(now, target: "13012345678") with { ServiceNumber = "10086999" }, Ct);

        Assert.Equal(CaseState.Forwarded, result.Receipt!.CaseState);
        await using (var db = store.Open())
        {
            var stored = await db.Cases.AsNoTracking().SingleAsync(Ct);
            Assert.Equal(("china_mobile", now), (stored.CarrierCode, stored.ForwardedAt));
            Assert.Equal([CaseAction.Opened, CaseAction.Verified, CaseAction.Forwarded], await db.CaseAudit.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
            Assert.Equal("10086999", (await db.Outbox.SingleAsync(Ct)).Sender);
        }

        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var acted = (await workflow.RecordActionAsync(result.Receipt.CaseId, CarrierActionKind.Warning, null, MobileOperator, "warned", Ct))!;

        Assert.True(acted.Succeeded, acted.Error?.Message);
        await using var after = store.Open();
        var notice = await after.Outbox.AsNoTracking().SingleAsync(m => m.TemplateKey == OutboxTemplates.CaseResult, Ct);
        Assert.Equal("10086999", notice.Sender);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_report_sent_to_the_centre_waits_for_an_analyst_and_is_answered_from_the_number_texted(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);

        var result = await intake.SubmitAsync(Submissions.Sms(store.Time.GetUtcNow()) with { ServiceNumber = "12321" }, Ct);

        Assert.Equal(CaseState.Received, result.Receipt!.CaseState);
        await using var db = store.Open();
        Assert.Null((await db.Cases.AsNoTracking().SingleAsync(Ct)).CarrierCode);
        Assert.Equal("12321", (await db.Outbox.SingleAsync(Ct)).Sender);
    }
}
