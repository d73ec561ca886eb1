using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using CsCheck;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

public sealed class DryRunTests
{
    private static readonly DryRun DryRun = new(Engine);

    private static readonly DateTimeOffset Added = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static PastCall Call(string caller, DateTimeOffset at) => new(caller, Subscriber, at);

    [Fact]
    public void Blocking_an_area_code_shows_it_would_have_blocked_the_dentist()
    {
        PastCall[] history = [Call(Stranger, Now.AddDays(-2)), Call(Dentist, Now.AddDays(-3)), Call("020 8888 9999", Now.AddDays(-1))];
        var proposed = new SubscriberRules { Version = 2, Entries = [RuleEntry.Block("0755*", Now)] };

        var outcomes = DryRun.Evaluate(proposed, SubscriberRules.Default, history, CommunityTable.Empty);

        Assert.Equal([Dentist, Stranger, "020 8888 9999"], outcomes.Select(o => o.Call.Caller));
        var dentist = outcomes[0];
        Assert.True(dentist is { Changed: true, NewlyBlocked: true, NewlyLabelled: false });
        Assert.Equal((Disposition.Allow, Disposition.Reject), (dentist.Current.Action, dentist.Proposed.Action));
        Assert.Equal("您的黑名单条目 +86755*（2026-11-28 添加）", dentist.Proposed.DecidedBy.Text);
        Assert.All(outcomes.Skip(1), o => Assert.False(o.Changed));
    }

    [Fact]
    public void Allowlisting_the_dentist_first_keeps_that_call()
    {
        PastCall[] history = [Call(Dentist, Now.AddDays(-3)), Call("0755 1234 5678", Now.AddDays(-1))];
        var proposed = new SubscriberRules { Entries = [RuleEntry.Block("0755*", Now), RuleEntry.Allow(Dentist, Now, note: "dentist")] };

        var outcomes = DryRun.Evaluate(proposed, SubscriberRules.Default, history, CommunityTable.Empty);

        Assert.Equal([false, true], outcomes.Select(o => o.NewlyBlocked));
    }

    [Fact]
    public void Label_only_shows_which_blocked_calls_would_have_rung_with_a_label()
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(90, ReportCategory.Insurance, 40, CommunityFlags.Labelled)));

        var outcome = Assert.Single(DryRun.Evaluate(new SubscriberRules { LabelOnly = true }, SubscriberRules.Default, [Call(Stranger, Now)], community));

        Assert.Equal((Disposition.Reject, Disposition.Label, "保险 · 已被 40 人标记"), (outcome.Current.Action, outcome.Proposed.Action, outcome.Proposed.Label));
        Assert.True(outcome is { Changed: true, NewlyBlocked: false, NewlyLabelled: false });
    }

    [Fact]
    public void Turning_on_a_label_rule_is_reported_as_newly_labelled()
    {
        var outcome = Assert.Single(DryRun.Evaluate(new SubscriberRules { Invalid = Disposition.Label }, new SubscriberRules { Invalid = Disposition.Allow }, [Call("1391234", Now)], CommunityTable.Empty));

        Assert.True(outcome is { Changed: true, NewlyLabelled: true, NewlyBlocked: false });
    }

    [Fact]
    public void Quiet_hours_in_a_dry_run_let_the_repeat_call_of_the_history_through()
    {
        var night = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.FromHours(8));
        PastCall[] history = [Call(Stranger, night.AddMinutes(2)), Call(Stranger, night), Call(Stranger, night.AddMinutes(30))];
        var proposed = new SubscriberRules { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)) };

        var outcomes = DryRun.Evaluate(proposed, SubscriberRules.Default, history, CommunityTable.Empty);

        Assert.Equal([night, night.AddMinutes(2), night.AddMinutes(30)], outcomes.Select(o => o.Call.At));
        Assert.Equal([Disposition.Voicemail, Disposition.Allow, Disposition.Voicemail], outcomes.Select(o => o.Proposed.Action));
        Assert.Equal([true, false, true], outcomes.Select(o => o.Changed));
    }

    [Fact]
    public void A_dry_run_remembers_no_more_callers_than_live_screening_does()
    {
        // Live screening keeps 8 callers per callee (issue #12 part 4): eight other callers in between push the first one out.
        var night = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.FromHours(8));
        PastCall[] others = [.. Enumerable.Range(0, 8).Select(i => Call($"1380000000{i}", night.AddSeconds(10 + i)))];
        PastCall[] history = [Call(Stranger, night), .. others, Call(Stranger, night.AddMinutes(2))];
        var proposed = new SubscriberRules { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)) };

        var outcomes = DryRun.Evaluate(proposed, SubscriberRules.Default, history, CommunityTable.Empty);
        var roomier = new DryRun(Engine, new RecentCallLimits { CallersPerCallee = 9 }).Evaluate(proposed, SubscriberRules.Default, history, CommunityTable.Empty);

        Assert.Equal(Disposition.Voicemail, outcomes[^1].Proposed.Action);
        Assert.Equal(Disposition.Allow, roomier[^1].Proposed.Action);
    }

    [Fact]
    public void Invalid_proposed_rules_are_refused_with_their_problems()
    {
        var error = Assert.Throws<ArgumentException>(() => DryRun.Evaluate(new SubscriberRules { ReputationThreshold = 3 }, SubscriberRules.Default, [], CommunityTable.Empty));

        Assert.Contains("ReputationThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_of_the_current_rules_reports_no_change()
    {
        var scenario =
            from rules in ScreeningGens.Rules
            from calls in ScreeningGens.Caller.SelectMany(ScreeningGens.RequestFrom).Array[0, 15]
            from community in ScreeningGens.CommunityAbout(Stranger, Dentist, "+2348031234567", "110")
            select (rules, calls, community);
        scenario.Sample(s =>
        {
            var history = s.calls.Select(r => new PastCall(r.Caller, r.Callee, r.At, r.Attestation, r.VerificationFailed, r.Presentation, r.ArrivedOverInternationalGateway, r.CallId));

            var outcomes = DryRun.Evaluate(s.rules, s.rules, history, s.community);

            Assert.Equal(s.calls.Length, outcomes.Count);
            Assert.All(outcomes, o => Assert.False(o.Changed));
            Assert.All(outcomes, o => Assert.Equal(o.Current, o.Proposed));
        });
    }
}
