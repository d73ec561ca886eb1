using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

/// <summary>Step 7 and the verified label of step 8 as the refusal and business registries drive them (issue #10 parts 5 and 6).</summary>
public sealed class ScreeningEngineRegistryTests
{
    private const int Bank = 7;
    private const int Lender = 9;

    private static readonly BusinessName BankName = new("某某银行", "某某銀行", "Example Bank");

    private static RegistrySnapshot Registry(MarketingCategories refused, BusinessLineKind kind, MarketingCategories markets) => RegistrySnapshot.Build(
        refused == MarketingCategories.None ? [] : [new RegisteredRefusal(SubscriberE164, refused)],
        [new RegisteredLine(StrangerE164, kind == BusinessLineKind.CustomerService ? Bank : Lender, kind, markets)],
        new Dictionary<int, BusinessName> { [Bank] = BankName, [Lender] = new("某某贷款") });

    private static CommunityTable Community(RegistrySnapshot registry, params (long, CommunityFacts)[] facts) =>
        new(facts.ToDictionary(f => f.Item1, f => f.Item2), 1, registry);

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "您已登记拒接营销来电")]
    [InlineData(DisplayLanguage.ZhHant, "您已登記拒接營銷來電")]
    [InlineData(DisplayLanguage.En, "you registered to refuse marketing calls")]
    public void A_marketing_line_calling_a_subscriber_who_refused_its_category_is_blocked_with_the_reason(DisplayLanguage language, string text)
    {
        var community = Community(Registry(MarketingCategories.Loans | MarketingCategories.Insurance, BusinessLineKind.Marketing, MarketingCategories.Loans));

        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), community);

        Assert.Equal(Disposition.Reject, decision.Action);
        Assert.Equal(["refusal_registry!"], decision.Trace());
        Assert.Equal(text, decision.DecidedBy.Text);
        Assert.Equal(Lender, decision.DecidedBy.Data.Business.BusinessId);
        Assert.Equal(MarketingCategories.Loans, decision.DecidedBy.Data.RefusedCategories);
        Assert.Null(decision.Label);
    }

    [Theory]
    [InlineData(MarketingCategories.None, MarketingCategories.Loans)]
    [InlineData(MarketingCategories.Insurance, MarketingCategories.Loans)]
    [InlineData(MarketingCategories.Education | MarketingCategories.Finance, MarketingCategories.Other)]
    public void A_marketing_line_reaches_a_subscriber_who_did_not_refuse_what_it_markets(MarketingCategories refused, MarketingCategories markets)
    {
        var decision = Decide(Stranger, community: Community(Registry(refused, BusinessLineKind.Marketing, markets)));

        Assert.Equal(["default!"], decision.Trace());
    }

    [Fact]
    public void Refusing_all_marketing_blocks_every_marketing_line_whatever_it_markets()
    {
        foreach (var category in MarketingCategoryNames.Each)
        {
            var decision = Decide(Stranger, community: Community(Registry(MarketingCategories.All, BusinessLineKind.Marketing, category)));

            Assert.Equal(Disposition.Reject, decision.Action);
        }
    }

    [Fact]
    public void A_refusal_does_not_block_a_customer_service_line_or_an_unregistered_caller()
    {
        var registry = Registry(MarketingCategories.All, BusinessLineKind.CustomerService, MarketingCategories.None);

        Assert.False(Decide(Stranger, community: Community(registry)).Action.Blocks());
        Assert.Equal(["default!"], Decide("13700137000", community: Community(registry)).Trace());
    }

    [Fact]
    public void The_refusal_is_the_callees_not_the_callers()
    {
        var community = Community(Registry(MarketingCategories.All, BusinessLineKind.Marketing, MarketingCategories.Loans));

        var decision = Decide(Stranger, community: community, callee: "13700137000");

        Assert.Equal(["default!"], decision.Trace());
    }

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "已认证：某某银行客服", "已认证的企业客服号码：某某银行")]
    [InlineData(DisplayLanguage.ZhHant, "已認證：某某銀行客服", "已認證的企業客服號碼：某某銀行")]
    [InlineData(DisplayLanguage.En, "Verified: Example Bank customer service", "verified customer service line of Example Bank")]
    public void A_customer_service_line_is_labelled_verified_with_the_business_name_and_never_blocked_on_the_communitys_word(DisplayLanguage language, string label, string text)
    {
        var community = Community(
            Registry(MarketingCategories.None, BusinessLineKind.CustomerService, MarketingCategories.None),
            (StrangerE164, new CommunityFacts(99, ReportCategory.Fraud, 500, CommunityFlags.Labelled)));

        var decision = Decide(Stranger, SubscriberRules.Default.InLanguage(language), community);

        Assert.Equal((Disposition.Label, label), (decision.Action, decision.Label));
        Assert.Equal(["verified_business", "reputation", "default!"], decision.Trace());
        Assert.Equal(text, decision.Reasons[0].Text);
    }

    [Fact]
    public void The_callees_blocklist_still_blocks_a_customer_service_line()
    {
        var community = Community(Registry(MarketingCategories.None, BusinessLineKind.CustomerService, MarketingCategories.None));

        var decision = Decide(Stranger, Rules(RuleEntry.Block(Stranger, Now)), community);

        Assert.True(decision.Action.Blocks());
    }
}
