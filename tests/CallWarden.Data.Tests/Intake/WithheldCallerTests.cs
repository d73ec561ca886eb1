using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Workflow;
using Microsoft.EntityFrameworkCore;
using static CallWarden.Data.Tests.Workflow.CaseFlow;

namespace CallWarden.Data.Tests.Intake;

/// <summary>Calls whose number was not shown are reported by the line they reached, and go to that line's carrier (issue #14 item 8).</summary>
public sealed class WithheldCallerTests
{
    private const string MobileLine = "13912345678";
    private const string Landline = "010-62345678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_withheld_call_to_a_mobile_goes_to_the_called_line_s_carrier_and_counts_against_no_number(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();

        var first = await intake.SubmitAsync(Withheld(now, "web-1", "未显示号码", MobileLine), Ct);
        var second = await intake.SubmitAsync(Withheld(now, "web-2", "anonymous", "+86 139 1234 5678", reporter: "13700002222"), Ct);
        var otherLine = await intake.SubmitAsync(Withheld(now, "web-3", "匿名", "13812345678"), Ct);

        Assert.True(first.Accepted, string.Join("; ", first.Errors.Select(e => e.Message)));
        Assert.Equal(CaseState.Forwarded, first.Receipt!.CaseState);
        Assert.Equal(first.Receipt.CaseId, second.Receipt!.CaseId);
        Assert.NotEqual(first.Receipt.CaseId, otherLine.Receipt!.CaseId);
        await using var db = store.Open();
        var stored = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == first.Receipt.CaseId, Ct);
        Assert.Equal((0L, NumberKind.Anonymous, 8613912345678L, "china_mobile"), (stored.Number, stored.NumberKind, stored.CalledNumber, stored.CarrierCode));
        var reason = await db.CaseAudit.Where(a => a.CaseId == stored.Id && a.Action == CaseAction.Forwarded).Select(a => a.Reason).SingleAsync(Ct);
        Assert.Contains("caller withheld", reason, StringComparison.Ordinal);
        Assert.All(await db.Reports.AsNoTracking().ToListAsync(Ct), r => Assert.Equal(0, r.Target));
        Assert.Empty(await db.Reputations.AsNoTracking().ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_withheld_call_to_a_landline_of_unknown_carrier_waits_for_an_analyst_to_name_the_carrier(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);

        var filed = await intake.SubmitAsync(Withheld(store.Time.GetUtcNow(), "web-1", "无主叫号码", Landline), Ct);
        var caseId = filed.Receipt!.CaseId;
        Assert.Equal(CaseState.Received, filed.Receipt.CaseState);
        Assert.True((await workflow.VerifyAsync(caseId, Analyst, "a company plagued by silent calls", Ct))!.Succeeded);

        var unnamed = (await workflow.ForwardAsync(caseId, Analyst, "trace it", cancellationToken: Ct))!;
        var named = (await workflow.ForwardAsync(caseId, Analyst, "trace it", Carrier.ChinaTelecom, Ct))!;

        Assert.Equal(CaseErrorCode.CarrierUnknown, unnamed.Error?.Code);
        Assert.True(named.Succeeded, named.Error?.Message);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_carrier_may_warn_or_find_nothing_but_cannot_restrict_a_number_nobody_knows(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var workflow = new CaseWorkflow(store.Contexts, store.Time);
        var caseId = (await intake.SubmitAsync(Withheld(store.Time.GetUtcNow(), "web-1", "未显示号码", MobileLine), Ct)).Receipt!.CaseId;

        var restricted = (await workflow.RecordActionAsync(caseId, CarrierActionKind.RestrictOutbound, 30, MobileOperator, "restrict", Ct))!;
        var warned = (await workflow.RecordActionAsync(caseId, CarrierActionKind.Warning, null, MobileOperator, "traced and warned the caller", Ct))!;

        Assert.Equal(CaseErrorCode.InvalidAction, restricted.Error?.Code);
        Assert.True(warned.Succeeded, warned.Error?.Message);
    }

    [Theory]
    [InlineData(null, true, "calledNumber")]
    [InlineData("", true, "calledNumber")]
    [InlineData("110", true, "calledNumber")]
    [InlineData("not a number \u202e", true, "calledNumber")]
    [InlineData(MobileLine, false, "occurredAt")]
    public async Task A_withheld_call_without_the_called_line_or_the_time_is_refused_with_the_field_to_fix(string? called, bool withTime, string field)
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var now = store.Time.GetUtcNow();

        var result = await intake.SubmitAsync(
            Withheld(now, "web-1", "未显示号码", called) with { OccurredAt = withTime ? now.AddMinutes(-10) : null },
            Ct);

        Assert.False(result.Accepted);
        Assert.Equal([field], result.Errors.Select(e => e.Field));
    }

    private static ReportSubmission Withheld(DateTimeOffset at, string key, string target, string? called, string reporter = "13700001111") =>
        new(IntakeChannel.Web, "{}", at, reporter, null, key, target, "harassment", at.AddMinutes(-10), CalledText: called);
}
