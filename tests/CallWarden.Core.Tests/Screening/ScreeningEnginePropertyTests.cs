using CallWarden.Core.Screening;
using CsCheck;
using static CallWarden.Core.Tests.Screening.ScreeningGens;

namespace CallWarden.Core.Tests.Screening;

public sealed class ScreeningEnginePropertyTests
{
    private static readonly ScreeningEngine Engine = Screen.Engine;

    private static RecentCallTable CalledJustBefore(ScreeningRequest request) =>
        new(new() { [(E164(request.Caller), Screen.SubscriberE164)] = request.At.AddMinutes(-2) });

    [Fact]
    public void The_same_inputs_give_the_same_decision()
    {
        var scenario =
            from rules in Rules
            from caller in Caller
            from request in RequestFrom(caller)
            from community in CommunityAbout(caller, Screen.Stranger)
            from repeat in Gen.Bool
            select (rules, request, community, repeat);
        scenario.Sample(s =>
        {
            var recent = s.repeat ? CalledJustBefore(s.request) : null;

            var first = Engine.Decide(s.request, s.rules.Compile(), s.community, recent);
            var second = Engine.Decide(s.request with { }, s.rules.Compile(), s.community, recent);

            Assert.Equal(first, second);
            Assert.Equal(first.Reasons.Select(r => r.Text), second.Reasons.Select(r => r.Text));
            Assert.Single(first.Reasons, r => r.Decisive);
        });
    }

    [Fact]
    public void Emergency_numbers_always_pass_whatever_the_rules()
    {
        var scenario =
            from emergency in Gen.OneOf("110", "119", "120", "+86110")
            from rules in Rules
            from extra in Gen.OneOf("+861*", "+86*", emergency, "+8611?")
            from request in RequestFrom(emergency)
            from community in CommunityAbout(emergency)
            select (rules: rules with { Entries = [.. rules.Entries, RuleEntry.Block(extra, Screen.Now.AddDays(-1))] }, request, community);
        scenario.Sample(s =>
        {
            var decision = Engine.Decide(s.request, s.rules.Compile(), s.community);

            Assert.Equal(Disposition.Allow, decision.Action);
            Assert.Equal(ScreeningRule.Emergency, decision.DecidedBy.Rule);
        });
    }

    [Fact]
    public void Allowing_the_exact_caller_never_turns_an_allowed_call_into_a_blocked_one()
    {
        var scenario =
            from rules in Rules
            from caller in ValidCaller
            from request in RequestFrom(caller)
            from community in CommunityAbout(caller)
            select (rules, caller, request, community);
        scenario.Sample(s =>
        {
            var before = Engine.Decide(s.request, s.rules.Compile(), s.community);
            var allowing = s.rules with { Entries = [.. s.rules.Entries, RuleEntry.Allow(s.caller, Screen.Now.AddDays(-1))] };

            var after = Engine.Decide(s.request, allowing.Compile(), s.community);

            Assert.False(after.Action.Blocks(), $"{s.caller}: {before.Action} -> {after.Action} ({string.Join(", ", after.Trace())})");
            Assert.True(after.DecidedBy.Step <= 2);
        });
    }

    [Fact]
    public void Every_decision_lists_its_rules_in_order_and_renders_its_action()
    {
        var scenario =
            from rules in Rules
            from caller in Caller
            from request in RequestFrom(caller)
            from community in CommunityAbout(caller)
            select (rules, request, community);
        scenario.Sample(s =>
        {
            var decision = Engine.Decide(s.request, s.rules.Compile(), s.community);

            Assert.Equal(decision.Reasons.Select(r => r.Rule).Order(), decision.Reasons.Select(r => r.Rule));
            Assert.Equal(decision.Reasons.Length, decision.Reasons.DistinctBy(r => r.Rule).Count());
            Assert.Equal(decision.Action.SipCode(), decision.SipCode);
            Assert.Equal(decision.Action.Blocks(), decision.Redress is not null);
            Assert.Equal(decision.Action == Disposition.Label, decision.Label is not null);
            Assert.All(decision.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        });
    }
}
