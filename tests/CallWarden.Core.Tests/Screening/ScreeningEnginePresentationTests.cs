using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

/// <summary>Steps 5 and 6: presentation, invalid, international and gateway calls, contacts-only, neighbour spoofing, regions.</summary>
public sealed class ScreeningEnginePresentationTests
{
    private static readonly DateTimeOffset Added = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("anonymous", Presentation.Normal, "the caller withheld their number")]
    [InlineData("", Presentation.Normal, "the caller withheld their number")]
    [InlineData(Stranger, Presentation.Restricted, "the caller withheld their number")]
    [InlineData(Stranger, Presentation.Unavailable, "the network gave no calling number")]
    public void A_withheld_caller_is_refused_when_the_callee_blocks_anonymous_calls(string caller, Presentation presentation, string text)
    {
        var decision = Decide(caller, new SubscriberRules { Anonymous = Disposition.Reject }.InLanguage(DisplayLanguage.En), presentation: presentation);

        Assert.Equal((Disposition.Reject, 603), (decision.Action, decision.SipCode));
        Assert.Equal(["anonymous!"], decision.Trace());
        Assert.Equal(text, decision.DecidedBy.Text);
        Assert.Equal(PhoneNumber.Anonymous, decision.Caller);
    }

    [Fact]
    public void A_withheld_caller_rings_by_default()
    {
        var decision = Decide("anonymous");

        Assert.Equal((Disposition.Allow, (string?)null), (decision.Action, decision.Label));
        Assert.Equal(["default!"], decision.Trace());
    }

    [Fact]
    public void A_withheld_presentation_hides_the_number_from_every_rule()
    {
        var community = CommunityTable.Of((StrangerE164, new CommunityFacts(99, flags: CommunityFlags.Labelled | CommunityFlags.Suspended)));
        var rules = Rules(RuleEntry.Allow(Stranger, Added)) with { Anonymous = Disposition.Voicemail };

        var decision = Decide(Stranger, rules, community, presentation: Presentation.Restricted);

        Assert.Equal(["anonymous!"], decision.Trace());
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "无效号码", "来电号码无效或未分配")]
    [InlineData(DisplayLanguage.ZhHant, "無效號碼", "來電號碼無效或未分配")]
    [InlineData(DisplayLanguage.En, "Invalid number", "the calling number is invalid or unallocated")]
    public void An_invalid_number_is_labelled_by_default(DisplayLanguage language, string label, string text)
    {
        var decision = Decide("1391234", SubscriberRules.Default.InLanguage(language));

        Assert.Equal((Disposition.Label, 200, label), (decision.Action, decision.SipCode, decision.Label));
        Assert.Equal(["invalid_number", "default!"], decision.Trace());
        Assert.Equal(text, decision.Reasons[0].Text);
    }

    [Fact]
    public void An_invalid_number_is_refused_when_the_callee_says_so()
    {
        var decision = Decide("+8600000000", new SubscriberRules { Invalid = Disposition.NotInService });

        Assert.Equal((Disposition.NotInService, 604, "您拨打的号码是空号"), (decision.Action, decision.SipCode, decision.Announcement));
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "境外来电", "境外来电 +2348031234567")]
    [InlineData(DisplayLanguage.ZhHant, "境外來電", "境外來電 +2348031234567")]
    [InlineData(DisplayLanguage.En, "International call", "international call from +2348031234567")]
    public void A_foreign_number_is_labelled_as_an_international_call(DisplayLanguage language, string label, string text)
    {
        var decision = Decide("+2348031234567", SubscriberRules.Default.InLanguage(language), gateway: true);

        Assert.Equal((Disposition.Label, label), (decision.Action, decision.Label));
        Assert.Equal(["international_call", "default!"], decision.Trace());
        Assert.Equal(text, decision.Reasons[0].Text);
    }

    [Fact]
    public void A_country_prefix_on_the_blocklist_blocks_a_whole_country()
    {
        var decision = Decide("+2348031234567", Rules(RuleEntry.Block("+234*", Added)));

        Assert.Equal(Disposition.Reject, decision.Action);
        Assert.Equal(["blocklist!", "international_call"], decision.Trace());
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "国内号码 +8613800138000 经国际关口呼入，疑似改号")]
    [InlineData(DisplayLanguage.ZhHant, "國內號碼 +8613800138000 經國際閘道呼入，疑似改號")]
    [InlineData(DisplayLanguage.En, "domestic number +8613800138000 arrived over an international gateway: suspected spoofing")]
    public void A_domestic_number_arriving_from_abroad_is_refused_as_suspected_spoofing(DisplayLanguage language, string text)
    {
        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), gateway: true);

        Assert.Equal(Disposition.Reject, decision.Action);
        Assert.Equal(["gateway_spoofing!"], decision.Trace());
        Assert.Equal(text, decision.DecidedBy.Text);
    }

    [Fact]
    public void A_subscriber_may_only_label_domestic_numbers_from_abroad()
    {
        var decision = Decide(Stranger, new SubscriberRules { SpoofedDomestic = Disposition.Label }, gateway: true);

        Assert.Equal((Disposition.Label, "疑似改号境外来电"), (decision.Action, decision.Label));
    }

    [Fact]
    public void Contacts_only_mode_sends_strangers_to_voicemail_and_lets_contacts_and_the_allowlist_ring()
    {
        var rules = Rules(RuleEntry.Allow(Dentist, Added)) with { ContactsOnly = Disposition.Voicemail, Contacts = [8618600000000] };

        var stranger = Decide(Stranger, rules.InLanguage(DisplayLanguage.En));
        var contact = Decide("18600000000", rules);
        var dentist = Decide(Dentist, rules);

        Assert.Equal((Disposition.Voicemail, 302, "sip:+8613912345678@voicemail.example.net"), (stranger.Action, stranger.SipCode, stranger.Contact));
        Assert.Equal("you take calls from your contacts only", stranger.DecidedBy.Text);
        Assert.Equal(["contact!"], contact.Trace());
        Assert.Equal(["allowlist!"], dentist.Trace());
    }

    [Theory]
    [InlineData("13912340000", 7)]
    [InlineData("13912345670", 10)]
    [InlineData(Subscriber, 11)]
    public void A_caller_in_the_callees_own_number_block_is_labelled_as_neighbour_spoofing(string caller, int shared)
    {
        var decision = Decide(caller);

        Assert.Equal((Disposition.Label, "疑似冒用近似号码"), (decision.Action, decision.Label));
        Assert.Equal(["neighbour_spoofing", "default!"], decision.Trace());
        Assert.Equal(shared, decision.Reasons[0].Data.SharedDigits);
        Assert.Equal($"与您的号码前 {shared} 位相同，疑似冒用近似号码", decision.Reasons[0].Text);
    }

    [Fact]
    public void Sharing_fewer_than_seven_digits_is_no_neighbour_spoofing()
    {
        Assert.Equal(["default!"], Decide("13912300000").Trace());
    }

    [Fact]
    public void Neighbour_spoofing_can_be_refused()
    {
        Assert.Equal(Disposition.Reject, Decide("13912340000", new SubscriberRules { NeighbourSpoofing = Disposition.Reject }).Action);
    }

    [Theory]
    [InlineData(14155550123, 14155559999, 6)]
    [InlineData(14155550123, 14155550124, 9)]
    [InlineData(14155550123, 14155660123, 0)]
    [InlineData(8613912345678, 8613912349999, 7)]
    [InlineData(8613912345678, 8613912399999, 0)]
    [InlineData(8675588889999, 8675588889998, 0)]
    [InlineData(861391234567, 8613912345678, 0)]
    public void Neighbours_share_the_mobile_block_in_China_and_the_area_code_and_exchange_in_North_America(long caller, long callee, int shared)
    {
        Assert.Equal(shared, ScreeningEngine.SharedNeighbourDigits(caller, callee));
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "来自广东省（您的地区规则）")]
    [InlineData(DisplayLanguage.ZhHant, "來自廣東省（您的地區規則）")]
    [InlineData(DisplayLanguage.En, "calling from Guangdong (your region rule)")]
    public void A_province_rule_blocks_callers_registered_there(DisplayLanguage language, string text)
    {
        var rules = new SubscriberRules { Regions = [new RegionRule(RegionScope.Province, "CN-GD", Disposition.Reject)] }.InLanguage(language);

        var shenzhen = Decide(Dentist, rules);
        var beijing = Decide(Stranger, rules);

        Assert.Equal(["region!"], shenzhen.Trace());
        Assert.Equal(text, shenzhen.DecidedBy.Text);
        Assert.Equal(["default!"], beijing.Trace());
    }

    [Fact]
    public void A_city_rule_is_more_specific_than_its_province()
    {
        var rules = new SubscriberRules
        {
            Regions = [new RegionRule(RegionScope.Province, "CN-GD", Disposition.Reject), new RegionRule(RegionScope.City, "深圳市", Disposition.Label)],
        };

        var shenzhen = Decide(Dentist, rules);
        var guangzhou = Decide("020 8888 9999", rules);

        Assert.Equal((Disposition.Label, "深圳市来电"), (shenzhen.Action, shenzhen.Label));
        Assert.Equal(Disposition.Reject, guangzhou.Action);
    }

    [Fact]
    public void A_city_rule_matches_an_area_code_shared_by_several_cities()
    {
        var rules = new SubscriberRules { Regions = [new RegionRule(RegionScope.City, "铁岭市", Disposition.Busy)] };

        Assert.Equal(Disposition.Busy, Decide("024 8888 9999", rules).Action);
    }

    [Fact]
    public void A_country_rule_applies_to_foreign_callers_after_the_international_label()
    {
        var rules = new SubscriberRules { Regions = [new RegionRule(RegionScope.Country, "NG", Disposition.Reject)] };

        var nigeria = Decide("+2348031234567", rules);
        var hongKong = Decide("+85291234567", rules);

        Assert.Equal(["international_call", "region!"], nigeria.Trace());
        Assert.Equal((Disposition.Reject, (string?)null), (nigeria.Action, nigeria.Label));
        Assert.Equal(["international_call", "default!"], hongKong.Trace());
    }
}
