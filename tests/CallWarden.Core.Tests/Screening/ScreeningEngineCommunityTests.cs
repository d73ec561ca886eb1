using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using CsCheck;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

/// <summary>Steps 7 and 8: the refusal registry, verified businesses and community reputation.</summary>
public sealed class ScreeningEngineCommunityTests
{
    private static CommunityTable Reported(int score, int reporters = 57, ReportCategory? category = ReportCategory.Harassment, CommunityFlags flags = CommunityFlags.Labelled, string? owner = null) =>
        CommunityTable.Of((StrangerE164, new CommunityFacts(score, category, reporters, flags, businessOwner: owner)));

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "已被 57 人标记为骚扰，评分 91 ≥ 您的阈值 80")]
    [InlineData(DisplayLanguage.ZhHant, "已被 57 人標記為騷擾，評分 91 ≥ 您的閾值 80")]
    [InlineData(DisplayLanguage.En, "reported by 57 people as harassment, score 91 ≥ your threshold 80")]
    public void A_caller_at_or_above_the_threshold_is_blocked_with_the_evidence(DisplayLanguage language, string text)
    {
        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), Reported(91));

        Assert.Equal((Disposition.Reject, 603, (string?)null), (decision.Action, decision.SipCode, decision.Label));
        Assert.Equal(["reputation!"], decision.Trace());
        Assert.Equal(text, decision.DecidedBy.Text);
        Assert.Equal((91, 80, 57), (decision.DecidedBy.Data.Community.Score, decision.DecidedBy.Data.Threshold, decision.DecidedBy.Data.Community.DistinctReporters));
        Assert.NotNull(decision.Redress);
    }

    [Fact]
    public void The_threshold_itself_blocks_and_one_below_labels()
    {
        Assert.Equal(Disposition.Reject, Decide(Stranger, community: Reported(80)).Action);
        Assert.Equal(Disposition.Label, Decide(Stranger, community: Reported(79)).Action);
    }

    [Fact]
    public void A_lower_threshold_blocks_earlier_and_a_chosen_disposition_applies()
    {
        var rules = new SubscriberRules { ReputationThreshold = 60, ReputationDisposition = Disposition.PoweredOff };

        var decision = Decide(Stranger, rules, Reported(65));

        Assert.Equal((Disposition.PoweredOff, 480, "您拨打的电话已关机"), (decision.Action, decision.SipCode, decision.Announcement));
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "骚扰电话 · 已被 1,234 人标记")]
    [InlineData(DisplayLanguage.ZhHant, "騷擾電話 · 已被 1,234 人標記")]
    [InlineData(DisplayLanguage.En, "Harassment · reported by 1,234 people")]
    public void A_labelled_caller_below_the_threshold_rings_with_a_localised_label(DisplayLanguage language, string label)
    {
        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), Reported(72, reporters: 1234));

        Assert.Equal((Disposition.Label, 200, label), (decision.Action, decision.SipCode, decision.Label));
        Assert.Equal(["reputation", "default!"], decision.Trace());
        Assert.Equal(Disposition.Label, decision.Reasons[0].Outcome);
    }

    [Theory]
    [InlineData(ReportCategory.Fraud, 1, DisplayLanguage.En, "Fraud · reported by 1 person")]
    [InlineData(ReportCategory.Fraud, 3, DisplayLanguage.ZhHans, "诈骗电话 · 已被 3 人标记")]
    [InlineData(ReportCategory.RealEstate, 12, DisplayLanguage.ZhHant, "房產中介 · 已被 12 人標記")]
    [InlineData(null, 0, DisplayLanguage.ZhHans, "被标记号码")]
    [InlineData(ReportCategory.Marketing, 0, DisplayLanguage.ZhHans, "推销电话")]
    public void Labels_name_the_category_and_the_reporters_when_known(ReportCategory? category, int reporters, DisplayLanguage language, string label)
    {
        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), Reported(65, reporters, category));

        Assert.Equal(label, decision.Label);
    }

    [Fact]
    public void Label_only_never_blocks_on_reputation_and_says_the_callee_chose_it()
    {
        var decision = Decide(Stranger, new SubscriberRules { LabelOnly = true }.InLanguage(DisplayLanguage.En), Reported(99));

        Assert.Equal((Disposition.Label, "Harassment · reported by 57 people"), (decision.Action, decision.Label));
        Assert.Equal("reported by 57 people as harassment, score 99 ≥ your threshold 80, you chose label-only", decision.Reasons[0].Text);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "您选择只标记不拦截")]
    [InlineData(DisplayLanguage.ZhHant, "您選擇只標記不攔截")]
    [InlineData(DisplayLanguage.En, "you chose label-only")]
    public void A_label_only_decision_is_explained_by_the_choice_while_the_logs_count_the_default(DisplayLanguage language, string chose)
    {
        var decision = Decide(Stranger, new SubscriberRules { LabelOnly = true }.InLanguage(language), Reported(99));

        Assert.Equal(["reputation", "default!"], decision.Trace());
        Assert.Equal(ScreeningRule.Reputation, decision.Explanation.Rule);
        Assert.EndsWith(chose, decision.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocked_or_plainly_allowed_call_is_explained_by_the_rule_that_decided_it()
    {
        var blocked = Decide(Stranger, SubscriberRules.Default, Reported(99));
        var allowed = Decide(Stranger, SubscriberRules.Default);

        Assert.Same(blocked.DecidedBy, blocked.Explanation);
        Assert.Same(allowed.DecidedBy, allowed.Explanation);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "骚扰电话 · 已被 57 人标记 · 申诉中", "已被 57 人标记为骚扰，评分 99 ≥ 您的阈值 80，号码持有人已申诉，裁决前只标记不拦截")]
    [InlineData(DisplayLanguage.En, "Harassment · reported by 57 people · disputed", "reported by 57 people as harassment, score 99 ≥ your threshold 80, the holder appealed: labelled only until decided")]
    public void A_disputed_number_is_labelled_never_blocked(DisplayLanguage language, string label, string text)
    {
        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), Reported(99, flags: CommunityFlags.Labelled | CommunityFlags.Disputed));

        Assert.Equal((Disposition.Label, label), (decision.Action, decision.Label));
        Assert.Equal(text, decision.Reasons[0].Text);
    }

    [Fact]
    public void Disputed_reviewed_and_business_numbers_are_never_blocked_on_the_communitys_word()
    {
        var protectedFlags = Gen.OneOf(CommunityFlags.Disputed, CommunityFlags.UnderReview, CommunityFlags.VerifiedBusiness);
        var otherFlags = Gen.OneOf(CommunityFlags.None, CommunityFlags.Labelled, CommunityFlags.Labelled | CommunityFlags.RegisteredMarketing);
        Gen.Select(protectedFlags, otherFlags, Gen.Int[0, 100], Gen.Int[0, 10_000], Gen.Int[21, 100], Gen.Bool, Gen.OneOf(Disposition.Reject, Disposition.Busy, Disposition.Voicemail))
            .Sample((protection, flags, score, reporters, threshold, labelOnly, disposition) =>
            {
                var rules = new SubscriberRules { ReputationThreshold = threshold, LabelOnly = labelOnly, ReputationDisposition = disposition };
                var community = CommunityTable.Of((StrangerE164, new CommunityFacts(score, ReportCategory.Fraud, reporters, protection | flags)));

                var decision = Decide(Stranger, rules, community);

                Assert.False(decision.Action.Blocks(), $"{decision.Action} for {protection | flags}, score {score}, threshold {threshold}");
            });
    }

    [Fact]
    public void A_number_under_review_is_not_labelled_until_it_was_labelled_before()
    {
        Assert.Equal(["default!"], Decide(Stranger, community: Reported(40, flags: CommunityFlags.UnderReview)).Trace());

        var labelled = Decide(Stranger, SubscriberRules.Default.InLanguage(DisplayLanguage.En), Reported(85, flags: CommunityFlags.UnderReview | CommunityFlags.Labelled));

        Assert.Equal(Disposition.Label, labelled.Action);
        Assert.Equal("reported by 57 people as harassment, score 85 ≥ your threshold 80, under review: not blocked meanwhile", labelled.Reasons[0].Text);
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "认证：中国平安", "认证企业号码：中国平安")]
    [InlineData(DisplayLanguage.ZhHant, "認證：中國平安", "認證企業號碼：中國平安")]
    [InlineData(DisplayLanguage.En, "Verified: Ping An", "verified business line: Ping An")]
    public void A_verified_business_is_labelled_with_its_owner_even_when_reported(DisplayLanguage language, string label, string text)
    {
        var owner = language switch { DisplayLanguage.ZhHans => "中国平安", DisplayLanguage.ZhHant => "中國平安", _ => "Ping An" };

        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), Reported(95, flags: CommunityFlags.VerifiedBusiness | CommunityFlags.Labelled, owner: owner));

        Assert.Equal((Disposition.Label, label), (decision.Action, decision.Label));
        Assert.Equal(["verified_business", "reputation", "default!"], decision.Trace());
        Assert.Equal(text, decision.Reasons[0].Text);
    }

    [Fact]
    public void A_verified_business_without_a_known_owner_still_says_verified()
    {
        var decision = Decide(Stranger, community: CommunityTable.Of((StrangerE164, new CommunityFacts(0, flags: CommunityFlags.VerifiedBusiness))));

        Assert.Equal((Disposition.Label, "认证企业"), (decision.Action, decision.Label));
    }

    [Fact]
    public void Facts_from_a_flags_only_snapshot_still_label()
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(0, flags: CommunityFlags.Labelled)));

        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(DisplayLanguage.En), community);

        Assert.Equal((Disposition.Label, "Reported number"), (decision.Action, decision.Label));
        Assert.Equal("labelled by the community, score 0 < your threshold 80", decision.Reasons[0].Text);
    }

    [Fact]
    public void The_first_label_met_is_the_one_shown()
    {
        var decision = Decide("+2348031234567", community: CommunityTable.Of((2348031234567, new CommunityFacts(70, ReportCategory.Fraud, 9, CommunityFlags.Labelled))));

        Assert.Equal(["international_call", "reputation", "default!"], decision.Trace());
        Assert.Equal("境外来电", decision.Label);
    }
}
