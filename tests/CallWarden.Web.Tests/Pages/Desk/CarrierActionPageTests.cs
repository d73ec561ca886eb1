using System.Net;
using CallWarden.Core.Cases;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>A carrier operator records its action on <c>/desk/cases/{id}/action</c>, through the API's own transition.</summary>
public sealed class CarrierActionPageTests : IAsyncLifetime
{
    private DeskCases _desk = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _desk = await DeskCases.StartAsync();

    public async ValueTask DisposeAsync() => await _desk.DisposeAsync();

    [Theory]
    [InlineData("warning", null, CarrierActionKind.Warning, "Warning to the holder")]
    [InlineData("restrict_outbound", "30", CarrierActionKind.RestrictOutbound, "Restrict outgoing calls for a number of days")]
    [InlineData("restrict_outbound_sms", "７", CarrierActionKind.RestrictOutboundSms, "Restrict outgoing text messages for a number of days")]
    [InlineData("suspend_outbound", null, CarrierActionKind.SuspendOutbound, "Suspend outgoing calls")]
    [InlineData("reclaim_number", null, CarrierActionKind.ReclaimNumber, "Reclaim the number")]
    [InlineData("no_violation_found", "", CarrierActionKind.NoViolationFound, "No violation found")]
    public async Task An_operator_records_each_kind_of_action_and_is_told_every_reporter_will_hear(string kind, string? days, CarrierActionKind stored, string named)
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        await _desk.FileAsync("13912345678", "harassment", "13800138002");
        using var mo = await _desk.SignedInAsync("mo");

        var form = await mo.GetAsync($"/desk/cases/{id}/action");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("+8613912345678", mo.Text, StringComparison.Ordinal);
        Assert.Contains("138****8001", mo.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138001", mo.Text, StringComparison.Ordinal);
        Assert.Contains("Due in 15 working days", mo.Text, StringComparison.Ordinal);
        Assert.Contains(named, mo.Text, StringComparison.Ordinal);

        var answer = await mo.PostAsync($"/desk/cases/{id}/action", [new("Kind", kind), new("Days", days ?? ""), new("Note", "checked the call records")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("All 2 reporters of this case will be told the result; the case is closed.", mo.Text, StringComparison.Ordinal);
        await using var db = _desk.Api.Open();
        var action = await db.CarrierActions.SingleAsync(a => a.CaseId == id, Ct);
        Assert.Equal(stored, action.Kind);
        Assert.Equal(days is "30" ? action.From.AddDays(30) : days is "７" ? action.From.AddDays(7) : null, action.Until);
        Assert.Equal(CaseState.Closed, (await db.Cases.SingleAsync(c => c.Id == id, Ct)).State);
        Assert.Contains(await db.CaseAudit.Where(a => a.HolderCaseId == id).ToListAsync(Ct), a => a.Action == CaseAction.ActionRecorded && a.Reason == "checked the call records" && a.Actor == "user:mo");
    }

    [Fact]
    public async Task A_missing_choice_and_note_are_named_beside_their_fields_and_nothing_is_recorded()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var mo = await _desk.SignedInAsync("mo");
        await mo.GetAsync($"/desk/cases/{id}/action");

        await mo.PostAsync($"/desk/cases/{id}/action", ("Kind", ""), ("Note", "   "));

        Assert.Equal("Choose what your company did", mo.ErrorBeside("Kind"));
        Assert.Equal("Enter a note: what you checked and why you took this action", mo.ErrorBeside("Note"));
        Assert.Equal(["Choose what your company did", "Enter a note: what you checked and why you took this action"], mo.ErrorSummary());
        Assert.False(await _desk.Api.Open().CarrierActions.AnyAsync(a => a.CaseId == id, Ct));
    }

    [Theory]
    [InlineData("", "Enter the number of days of the restriction, a whole number from 1 to 3650, for example 30")]
    [InlineData("0", "The days must be a whole number from 1 to 3650, for example 30")]
    [InlineData("3651", "The days must be a whole number from 1 to 3650, for example 30")]
    [InlineData("-5", "The days must be a whole number from 1 to 3650, for example 30")]
    [InlineData("1.5", "The days must be a whole number from 1 to 3650, for example 30")]
    [InlineData("thirty", "The days must be a whole number from 1 to 3650, for example 30")]
    [InlineData("99999999999999999999", "The days must be a whole number from 1 to 3650, for example 30")]
    public async Task A_restriction_without_a_good_number_of_days_says_the_allowed_range(string days, string message)
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var mo = await _desk.SignedInAsync("mo");
        await mo.GetAsync($"/desk/cases/{id}/action");

        await mo.PostAsync($"/desk/cases/{id}/action", ("Kind", "restrict_outbound"), ("Days", days), ("Note", "restrict"));

        Assert.Equal(message, mo.ErrorBeside("Days"));
        Assert.Equal(CaseState.Forwarded, (await _desk.Api.Open().Cases.SingleAsync(c => c.Id == id, Ct)).State);
    }

    [Fact]
    public async Task Hostile_text_is_kept_as_written_in_the_audit_and_never_runs_on_the_page()
    {
        const string hostile = "<script>alert(1)</script>evil \"'><img src=x onerror=alert(2)>";
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var mo = await _desk.SignedInAsync("mo");
        await mo.GetAsync($"/desk/cases/{id}/action");

        await mo.PostAsync($"/desk/cases/{id}/action", ("Kind", "<b>warning</b>"), ("Note", hostile));
        Assert.Equal("Choose what your company did", mo.ErrorBeside("Kind"));
        Assert.DoesNotContain("<script>alert(1)", mo.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", mo.Html, StringComparison.Ordinal);

        await mo.PostAsync($"/desk/cases/{id}/action", ("Kind", "warning"), ("Note", hostile));

        Assert.DoesNotContain("<script>alert(1)", mo.Html, StringComparison.Ordinal);
        var audit = await _desk.Api.Open().CaseAudit.Where(a => a.HolderCaseId == id && a.Action == CaseAction.ActionRecorded).SingleAsync(Ct);
        Assert.Equal(hostile, audit.Reason);
    }

    /// <summary>Issue #9 item 7: the intake's text rule holds for the carrier's note too.</summary>
    [Fact]
    public async Task A_note_with_a_direction_override_is_refused_beside_the_note()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var mo = await _desk.SignedInAsync("mo");
        await mo.GetAsync($"/desk/cases/{id}/action");

        await mo.PostAsync($"/desk/cases/{id}/action", ("Kind", "warning"), ("Note", "warned \u202Eexe.gpj"));

        Assert.StartsWith("The note holds an invisible control character", mo.ErrorBeside("Note"), StringComparison.Ordinal);
        Assert.False(await _desk.Api.Open().CaseAudit.AnyAsync(a => a.HolderCaseId == id && a.Action == CaseAction.ActionRecorded, Ct));
    }

    [Fact]
    public async Task A_note_longer_than_the_audit_keeps_is_refused_with_its_length()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var mo = await _desk.SignedInAsync("mo");
        await mo.GetAsync($"/desk/cases/{id}/action");

        await mo.PostAsync($"/desk/cases/{id}/action", ("Kind", "warning"), ("Note", new string('x', 1001)));

        Assert.Equal("The note must be 1000 characters or fewer; it has 1001", mo.ErrorBeside("Note"));
    }

    [Theory]
    [InlineData("zh-CN", "找不到此页面")]
    [InlineData("en-GB", "Page not found")]
    public async Task Another_carriers_operator_meets_the_404_page_and_cannot_act(string language, string heading)
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var mo = await _desk.SignedInAsync("mo");
        await mo.GetAsync($"/desk/cases/{id}/action");
        using var uni = await _desk.SignedInAsync("uni", language);

        var seen = await uni.GetAsync($"/desk/cases/{id}/action");
        Assert.Equal(HttpStatusCode.NotFound, seen.Status);
        Assert.Contains($"<h1>{heading}</h1>", uni.Text, StringComparison.Ordinal);

        var posted = await uni.PostAsync($"/desk/cases/{id}/action", ("Kind", "warning"), ("Note", "not ours"));
        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.False(await _desk.Api.Open().CarrierActions.AnyAsync(a => a.CaseId == id, Ct));
    }

    [Theory]
    [InlineData("police")]
    [InlineData("ana")]
    public async Task Staff_who_are_not_carrier_operators_are_refused_the_form(string login)
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        using var visitor = await _desk.SignedInAsync(login);

        var answer = await visitor.GetAsync($"/desk/cases/{id}/action");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync("/desk/scorecard")).Status);
    }

    [Fact]
    public async Task A_carrier_key_is_not_a_person_at_the_desk()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        var (_, secret) = await _desk.Api.Get<AccessAccounts>().CreateKeyAsync("mobile", AccessRole.CarrierOperator, [Scopes.CasesRead, Scopes.CasesWrite], Core.Numbers.Carrier.ChinaMobile, cancellationToken: Ct);
        using var key = _desk.Api.WithKey(secret);

        using var answer = await key.GetAsync($"/desk/cases/{id}/action", Ct);

        Assert.True(answer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect, answer.StatusCode.ToString());
        Assert.False(await _desk.Api.Open().CarrierActions.AnyAsync(a => a.CaseId == id, Ct));
    }

    [Fact]
    public async Task An_overdue_case_says_by_how_many_working_days()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "harassment", "13800138001");
        // Monday 30 Nov 2026 + 15 working days is Monday 21 Dec; two working days later is Wednesday 23 Dec.
        _desk.Api.Time.Advance(TimeSpan.FromDays(23));
        using var mo = await _desk.SignedInAsync("mo");

        await mo.GetAsync($"/desk/cases/{id}/action");

        Assert.Contains("Overdue by 2 working days (due by 21 December 2026)", mo.Text, StringComparison.Ordinal);
    }
}
