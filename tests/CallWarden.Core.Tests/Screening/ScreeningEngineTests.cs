using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

/// <summary>Steps 1–4 (emergency, contacts and allowlist, carrier enforcement, blocklist), the default and the SIP rendering.</summary>
public sealed class ScreeningEngineTests
{
    private static readonly DateTimeOffset Added = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_stranger_nobody_reported_gets_the_default_and_a_reason_saying_so()
    {
        var decision = Decide(Stranger, new SubscriberRules { Version = 4 });

        Assert.Equal((Disposition.Allow, 200, (string?)null), (decision.Action, decision.SipCode, decision.Label));
        Assert.Equal(["default!"], decision.Trace());
        Assert.Equal("没有规则作出决定，按您的默认设置：接听", decision.DecidedBy.Text);
        Assert.Equal(new PhoneNumber(StrangerE164, NumberKind.Mobile), decision.Caller);
        Assert.Equal(("screening-1", 4L, 1L), (decision.PolicyVersion, decision.RulesVersion, decision.CommunityVersion));
        Assert.Null(decision.Redress);
    }

    [Fact]
    public void A_default_disposition_other_than_allow_applies_to_strangers()
    {
        var decision = Decide(Stranger, new SubscriberRules { DefaultDisposition = Disposition.Voicemail }.InLanguage(DisplayLanguage.En));

        Assert.Equal((Disposition.Voicemail, 302), (decision.Action, decision.SipCode));
        Assert.Equal("no rule decided: your default is voicemail", decision.DecidedBy.Text);
    }

    [Theory]
    [InlineData("110")]
    [InlineData("+86110")]
    [InlineData("119")]
    [InlineData("120")]
    public void Emergency_numbers_pass_even_when_the_callee_blocks_them(string caller)
    {
        var rules = Rules(RuleEntry.Block("+861*", Added), RuleEntry.Block(caller, Added)) with { DefaultDisposition = Disposition.Reject, ContactsOnly = Disposition.Reject };

        var decision = Decide(caller, rules);

        Assert.Equal(Disposition.Allow, decision.Action);
        Assert.Equal(["emergency!", "blocklist", "contacts_only"], decision.Trace());
        Assert.Equal(NumberKind.Emergency, decision.Caller.Kind);
    }

    [Fact]
    public void The_anti_fraud_centre_gets_through_contacts_only_mode()
    {
        var decision = Decide("96110", new SubscriberRules { ContactsOnly = Disposition.Voicemail }.InLanguage(DisplayLanguage.En));

        Assert.Equal(Disposition.Allow, decision.Action);
        Assert.Equal(["critical_service!", "contacts_only"], decision.Trace());
        Assert.Equal("critical public service numbers always get through", decision.DecidedBy.Text);
    }

    [Fact]
    public void A_bank_service_number_is_no_critical_service()
    {
        var decision = Decide("95588", new SubscriberRules { ContactsOnly = Disposition.Voicemail });

        Assert.Equal(["contacts_only!"], decision.Trace());
    }

    [Fact]
    public void A_contact_passes_even_when_blocklisted_and_reported()
    {
        var rules = Rules(RuleEntry.Block("138*", Added)) with { Contacts = [StrangerE164] };
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(95, ReportCategory.Fraud, 300, CommunityFlags.Labelled)));

        var decision = Decide(Stranger, rules, community);

        Assert.Equal((Disposition.Allow, (string?)null), (decision.Action, decision.Label));
        Assert.Equal(["contact!", "blocklist", "reputation"], decision.Trace());
        Assert.Equal("在您的联系人中", decision.DecidedBy.Text);
        Assert.Equal(Disposition.Reject, decision.Reasons[2].Outcome);
    }

    [Fact]
    public void An_allow_entry_overrides_a_broader_block_and_says_so()
    {
        var rules = Rules(RuleEntry.Block("0755*", Added), RuleEntry.Allow(Dentist, Added.AddDays(1), note: "dentist")).InLanguage(DisplayLanguage.En);

        var decision = Decide(Dentist, rules);

        Assert.Equal(Disposition.Allow, decision.Action);
        Assert.Equal(["allowlist!"], decision.Trace());
        Assert.Equal("your allowlist entry +8675588889999 added 2026-11-03 (dentist), overriding your broader blocklist entry +86755*", decision.DecidedBy.Text);
        Assert.Equal("+86755*", decision.DecidedBy.Data.Overridden?.Pattern);
    }

    [Fact]
    public void A_blocklist_prefix_blocks_and_names_the_entry_and_its_date()
    {
        var decision = Decide("13987654321", Rules(RuleEntry.Block("+86139*", Added)).InLanguage(DisplayLanguage.En));

        Assert.Equal((Disposition.Reject, 603, (string?)null), (decision.Action, decision.SipCode, decision.Label));
        Assert.Equal(["blocklist!"], decision.Trace());
        Assert.Equal("your blocklist entry +86139* added 2026-11-02", decision.DecidedBy.Text);
        Assert.Equal("12321 · https://callwarden.example.net/appeal", decision.Redress);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "您的黑名单条目 +8613987654321（2026-11-02 添加），比白名单条目 +86139* 更具体，有效至 2026-12-02 09:00")]
    [InlineData(DisplayLanguage.ZhHant, "您的黑名單條目 +8613987654321（2026-11-02 新增），比白名單條目 +86139* 更具體，有效至 2026-12-02 09:00")]
    [InlineData(DisplayLanguage.En, "your blocklist entry +8613987654321 added 2026-11-02, more specific than your allowlist entry +86139*, until 2026-12-02 09:00")]
    public void A_longer_block_beats_a_broader_allow(DisplayLanguage language, string text)
    {
        var rules = Rules(RuleEntry.Allow("+86139*", Added), RuleEntry.Block("13987654321", Added, expiresAt: Added.AddDays(30))).InLanguage(language);

        var decision = Decide("13987654321", rules);

        Assert.Equal(Disposition.Reject, decision.Action);
        Assert.Equal(text, decision.DecidedBy.Text);
    }

    [Theory]
    [InlineData(Disposition.Reject, 603, null, null)]
    [InlineData(Disposition.Busy, 486, null, null)]
    [InlineData(Disposition.PoweredOff, 480, "您拨打的电话已关机", null)]
    [InlineData(Disposition.NotInService, 604, "您拨打的号码是空号", null)]
    [InlineData(Disposition.Voicemail, 302, null, "sip:+8613912345678@voicemail.example.net")]
    public void Each_blocking_disposition_renders_as_its_SIP_answer_and_names_the_redress_contact(Disposition disposition, int sipCode, string? announcement, string? contact)
    {
        var decision = Decide(Stranger, Rules(RuleEntry.Block(Stranger, Added, disposition)));

        Assert.Equal((disposition, sipCode, announcement, contact), (decision.Action, decision.SipCode, decision.Announcement, decision.Contact));
        Assert.NotNull(decision.Redress);
    }

    [Fact]
    public void Voicemail_becomes_busy_when_the_deployment_has_no_voicemail()
    {
        var engine = new ScreeningEngine(new ScreeningOptions());
        var rules = Rules(RuleEntry.Block(Stranger, Added, Disposition.Voicemail)).Compile();

        var decision = engine.Decide(new ScreeningRequest(Stranger, Subscriber, Now), rules, CommunityTable.Empty);

        Assert.Equal((Disposition.Busy, 486, (string?)null), (decision.Action, decision.SipCode, decision.Contact));
        Assert.Equal(Disposition.Voicemail, decision.DecidedBy.Outcome);
    }

    [Fact]
    public void An_entry_stops_applying_at_its_expiry_and_the_broader_entry_takes_over()
    {
        var rules = Rules(RuleEntry.Block("+86*", Added, Disposition.Busy), RuleEntry.Block(Stranger, Added, Disposition.PoweredOff, expiresAt: Now));

        Assert.Equal(Disposition.PoweredOff, Decide(Stranger, rules, at: Now.AddTicks(-1)).Action);
        Assert.Equal(Disposition.Busy, Decide(Stranger, rules, at: Now).Action);
        Assert.Equal(Disposition.Allow, Decide(Stranger, Rules(RuleEntry.Block(Stranger, Added, expiresAt: Now)), at: Now).Action);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "运营商已限制该号码呼出，至 2026-12-05 14:30")]
    [InlineData(DisplayLanguage.ZhHant, "運營商已限制該號碼撥出，至 2026-12-05 14:30")]
    [InlineData(DisplayLanguage.En, "the carrier restricted this number's outbound calls until 2026-12-05 14:30")]
    public void A_carrier_restriction_blocks_until_it_ends(DisplayLanguage language, string text)
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(0, flags: CommunityFlags.Restricted, enforcedUntil: Now.AddDays(7))));
        var rules = SubscriberRules.Default.InLanguage(language);

        var during = Decide(Stranger, rules, community);
        var after = Decide(Stranger, rules, community, at: Now.AddDays(7));

        Assert.Equal((Disposition.Reject, 603), (during.Action, during.SipCode));
        Assert.Equal(["carrier_enforcement!"], during.Trace());
        Assert.Equal(text, during.DecidedBy.Text);
        Assert.Equal(["default!"], after.Trace());
    }

    [Fact]
    public void A_suspension_without_end_blocks_with_the_deployments_disposition()
    {
        var engine = new ScreeningEngine(new ScreeningOptions { CarrierEnforcement = Disposition.NotInService });
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(0, flags: CommunityFlags.Suspended)));

        var decision = engine.Decide(new ScreeningRequest(Stranger, Subscriber, Now.AddYears(3)), SubscriberRules.Default.InLanguage(DisplayLanguage.En).Compile(), community);

        Assert.Equal((Disposition.NotInService, 604), (decision.Action, decision.SipCode));
        Assert.Equal("the carrier suspended this number's outbound calls", decision.DecidedBy.Text);
    }

    [Fact]
    public void The_allowlist_comes_before_carrier_enforcement()
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(0, flags: CommunityFlags.Suspended)));

        var decision = Decide(Stranger, Rules(RuleEntry.Allow(Stranger, Added)), community);

        Assert.Equal(Disposition.Allow, decision.Action);
        Assert.Equal(["allowlist!", "carrier_enforcement"], decision.Trace());
    }

    [Fact]
    public void Carrier_enforcement_comes_before_the_blocklist()
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(0, flags: CommunityFlags.Suspended)));

        var decision = Decide(Stranger, Rules(RuleEntry.Block(Stranger, Added, Disposition.Busy)), community);

        Assert.Equal(Disposition.Reject, decision.Action);
        Assert.Equal(["carrier_enforcement!", "blocklist"], decision.Trace());
        Assert.Equal(Disposition.Busy, decision.Reasons[1].Outcome);
    }

    [Fact]
    public void Rules_compiled_for_another_region_are_refused()
    {
        var rules = SubscriberRules.Default.Compile("US");

        var error = Assert.Throws<ArgumentException>(() => Engine.Decide(new ScreeningRequest(Stranger, Subscriber, Now), rules, CommunityTable.Empty));

        Assert.Contains("region US", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reasons_report_the_step_and_the_rule_id_of_DESIGN_md()
    {
        var decision = Decide("13987654321", Rules(RuleEntry.Block("+86139*", Added)));

        Assert.Equal((4, "blocklist", ScreeningRule.Blocklist), (decision.DecidedBy.Step, decision.DecidedBy.RuleId, decision.DecidedBy.Rule));
    }
}
