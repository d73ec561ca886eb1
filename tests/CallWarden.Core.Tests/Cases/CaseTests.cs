using CallWarden.Core.Reports;
using CallWarden.Core.Tests.Reports;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using static CallWarden.Core.Tests.Cases.SampleCases;

namespace CallWarden.Core.Tests.Cases;

public sealed class CaseTests
{
    [Fact]
    public void Opening_a_case_records_who_opened_it_when_and_why()
    {
        var c = Opened(42);

        Assert.Equal(CaseState.Received, c.State);
        Assert.Equal(Monday, c.ReceivedAt);
        var opened = Assert.Single(c.Audit);
        Assert.Equal(new AuditEvent(42, "system", ActorRole.System, Monday, CaseAction.Opened, null, CaseState.Received, "report R20260309-000042"), opened);
    }

    [Fact]
    public void A_case_needs_a_real_number()
    {
        var result = Case.Open(1, PhoneNumber.Anonymous, Report("R1"), Actor.System, Monday);

        Assert.Equal(CaseErrorCode.InvalidNumber, result.Refused().Code);
    }

    [Fact]
    public void A_report_with_an_undefined_category_is_refused_naming_the_known_ones()
    {
        var error = Case.Open(1, Number, new CaseReport("R1", (ReportCategory)99, Monday), Actor.System, Monday).Refused();

        Assert.Equal(CaseErrorCode.UnknownCategory, error.Code);
        Assert.Contains("'99'", error.Message, StringComparison.Ordinal);
        Assert.Contains("harassment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_carrier_operator_cannot_open_a_case()
    {
        Assert.Equal(CaseErrorCode.RoleNotAllowed, Case.Open(1, Number, Report("R1"), MobileOperator, Monday).Refused().Code);
    }

    [Fact]
    public void Reports_join_an_open_case_once_each()
    {
        var c = Opened().Attach(Report("R2")).Ok().Attach(Report("R2")).Ok();

        Assert.Equal(["R20260309-000001", "R2"], c.Reports.Select(r => r.Reference));
    }

    [Theory]
    [InlineData(CaseState.Closed)]
    [InlineData(CaseState.Rejected)]
    [InlineData(CaseState.Merged)]
    public void A_finished_case_takes_no_more_reports(CaseState state)
    {
        Assert.Equal(CaseErrorCode.CaseNotOpen, InState(state).Attach(Report("R9")).Refused().Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_transition_without_a_reason_is_refused(string reason)
    {
        Assert.Equal(CaseErrorCode.ReasonRequired, Opened().Verify(Analyst, Monday.AddHours(1), reason).Refused().Code);
    }

    [Fact]
    public void A_transition_dated_before_the_last_event_is_refused()
    {
        Assert.Equal(CaseErrorCode.OutOfOrder, Opened().Verify(Analyst, Monday.AddSeconds(-1), "ok").Refused().Code);
    }

    [Fact]
    public void A_carrier_operator_cannot_verify()
    {
        var error = Opened().Verify(MobileOperator, Monday.AddHours(1), "looks bad").Refused();

        Assert.Equal(CaseErrorCode.RoleNotAllowed, error.Code);
        Assert.Contains("cmcc-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_carrier_the_case_was_routed_to_records_the_action()
    {
        var unicom = new Actor("cu-1", ActorRole.CarrierOperator, Carrier.ChinaUnicom);

        var error = InState(CaseState.Forwarded).RecordAction(CarrierActionKind.Warning, null, unicom, Monday.AddDays(1), "warned").Refused();

        Assert.Equal(CaseErrorCode.NotRoutedToCarrier, error.Code);
    }

    [Fact]
    public void The_whole_line_leaves_one_audit_event_per_step_in_order()
    {
        var c = InState(CaseState.Closed);

        Assert.Equal(
            [CaseAction.Opened, CaseAction.Verified, CaseAction.Forwarded, CaseAction.ActionRecorded, CaseAction.Closed],
            c.Audit.Select(e => e.Action));
        Assert.Equal(["system", "analyst-7", "analyst-7", "cmcc-3", "system"], c.Audit.Select(e => e.Actor));
        Assert.Equal(c.Audit.Select(e => e.At).Order(), c.Audit.Select(e => e.At));
        Assert.All(c.Audit.Skip(1), e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
    }

    [Fact]
    public void A_dismissed_dispute_returns_the_case_where_it_was()
    {
        var disputed = InState(CaseState.Closed).Dispute(Holder, Monday.AddDays(2), "I run a clinic, these are reminders").Ok();

        var resolved = disputed.ResolveDispute(false, Analyst, Monday.AddDays(3), "call records show cold calls").Ok();

        Assert.Equal(CaseState.Disputed, disputed.State);
        Assert.Equal(CaseState.Closed, disputed.StateBeforeDispute);
        Assert.Equal(CaseState.Closed, resolved.State);
        Assert.Null(resolved.StateBeforeDispute);
    }

    [Fact]
    public void An_upheld_dispute_rejects_the_case_and_lifts_the_restriction()
    {
        var time = new FakeTimeProvider(Monday);
        var restricted = InState(CaseState.Forwarded)
            .RecordAction(CarrierActionKind.RestrictOutbound, 30, MobileOperator, Monday.AddHours(5), "restricted 30 days").Ok()
            .Close(Actor.System, Monday.AddHours(6), "told").Ok();
        time.Advance(TimeSpan.FromDays(1));
        Assert.NotNull(restricted.ActionInForce(time));

        var disputed = restricted.Dispute(Holder, time.GetUtcNow(), "number was reassigned to me last week").Ok();
        Assert.Null(disputed.ActionInForce(time));

        time.Advance(TimeSpan.FromDays(1));
        var upheld = disputed.ResolveDispute(true, Analyst, time.GetUtcNow(), "reassignment confirmed by carrier").Ok();

        Assert.Equal(CaseState.Rejected, upheld.State);
        Assert.Equal(time.GetUtcNow(), upheld.Action!.LiftedAt);
        Assert.Null(upheld.ActionInForce(time));
    }

    [Fact]
    public void A_dismissed_dispute_puts_a_running_restriction_back_in_force()
    {
        var time = new FakeTimeProvider(Monday.AddDays(1));
        var disputed = InState(CaseState.Forwarded)
            .RecordAction(CarrierActionKind.RestrictOutbound, 30, MobileOperator, Monday.AddHours(5), "restricted").Ok()
            .Dispute(Holder, Monday.AddDays(1), "not me").Ok();

        var dismissed = disputed.ResolveDispute(false, Analyst, Monday.AddDays(1), "it was").Ok();

        Assert.Equal(CaseState.Actioned, dismissed.State);
        Assert.NotNull(dismissed.ActionInForce(time));
    }

    [Fact]
    public void Merging_keeps_every_report_and_every_audit_event_of_both_cases()
    {
        var source = Opened(1).Attach(Report("S2")).Ok().Verify(Analyst, Monday.AddHours(2), "credible").Ok();
        var target = Opened(2, at: Monday.AddHours(1)).Attach(Report("T2")).Ok();

        var merge = source.MergeInto(target, Analyst, Monday.AddHours(3), "same number, same campaign").Ok();

        Assert.Equal(CaseState.Merged, merge.Source.State);
        Assert.Equal(2, merge.Source.MergedInto);
        Assert.Equal(CaseState.Received, merge.Target.State);
        Assert.Equal(source.Reports.Concat(target.Reports).Select(r => r.Reference).Order(), merge.Target.Reports.Select(r => r.Reference).Order());
        Assert.Superset(source.Audit.Concat(target.Audit).ToHashSet(), merge.Target.Audit.ToHashSet());
        Assert.Contains(merge.Target.Audit, e => e is { CaseId: 1, Action: CaseAction.MergedInto });
        Assert.Equal(CaseAction.Absorbed, merge.Target.Audit[^1].Action);
        Assert.Equal(merge.Target.Audit.Select(e => e.At).Order(), merge.Target.Audit.Select(e => e.At));
    }

    [Fact]
    public void Merged_in_history_does_not_move_the_targets_own_dates()
    {
        var source = Opened(1).Verify(Analyst, Monday.AddHours(1), "credible").Ok();
        var target = Opened(2, at: Monday.AddHours(2));

        var merged = source.MergeInto(target, Analyst, Monday.AddHours(3), "duplicate").Ok().Target;

        Assert.Equal(Monday.AddHours(2), merged.ReceivedAt);
        Assert.Null(merged.FirstEnteredAt(CaseState.Verified));
    }

    [Fact]
    public void Merging_into_a_case_of_another_number_is_refused()
    {
        var other = Opened(2, number: new PhoneNumber(8613800000000, NumberKind.Mobile));

        Assert.Equal(CaseErrorCode.DifferentNumbers, Opened(1).MergeInto(other, Analyst, Monday.AddHours(1), "dup").Refused().Code);
    }

    [Fact]
    public void Merging_into_itself_or_into_a_closed_case_is_refused()
    {
        Assert.Equal(CaseErrorCode.CannotMergeIntoItself, Opened(1).MergeInto(Opened(1), Analyst, Monday.AddHours(1), "dup").Refused().Code);
        Assert.Equal(CaseErrorCode.CaseNotOpen, Opened(1).MergeInto(InState(CaseState.Closed, 2), Analyst, Monday.AddDays(1), "dup").Refused().Code);
    }

    [Fact]
    public void Any_merge_of_two_open_cases_loses_nothing()
    {
        var reportCounts = Gen.Int[0, 6];
        Gen.Select(reportCounts, reportCounts, Gen.Bool, Gen.Bool).Sample((sourceReports, targetReports, verifySource, verifyTarget) =>
        {
            var source = Grown(1, sourceReports, verifySource);
            var target = Grown(2, targetReports, verifyTarget);

            var merge = source.MergeInto(target, Analyst, Monday.AddDays(1), "duplicate").Ok();

            Assert.Equal(sourceReports + targetReports + 2, merge.Target.Reports.Length);
            Assert.Equal(source.Audit.Length + target.Audit.Length + 2, merge.Target.Audit.Length);
            Assert.Superset(source.Audit.Concat(target.Audit).ToHashSet(), merge.Target.Audit.ToHashSet());
            Assert.Superset(merge.Source.Audit.ToHashSet(), merge.Target.Audit.ToHashSet());
        });

        static Case Grown(long id, int extraReports, bool verify)
        {
            var c = Opened(id, at: Monday.AddMinutes(id));
            for (var i = 0; i < extraReports; i++)
            {
                c = c.Attach(Report($"R{id}-{i}", Categories.Codes[i % Categories.Codes.Count])).Ok();
            }

            return verify ? c.Verify(Analyst, Monday.AddHours(id), "credible").Ok() : c;
        }
    }
}
