using CallWarden.Core.Reports;
using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class CommunityFactsTests
{
    private static readonly DateTimeOffset Now = Screen.Now;

    [Fact]
    public void Default_facts_know_nothing()
    {
        CommunityFacts facts = default;

        Assert.Equal((0, (ReportCategory?)null, 0, CommunityFlags.None, (DateTimeOffset?)null, (string?)null), (facts.Score, facts.TopCategory, facts.DistinctReporters, facts.Flags, facts.EnforcedUntil, facts.BusinessOwner));
        Assert.False(facts.IsEnforcedAt(Now));
    }

    [Theory]
    [InlineData(ReportCategory.Other)]
    [InlineData(ReportCategory.Harassment)]
    [InlineData(ReportCategory.Threat)]
    public void Facts_keep_what_they_were_given(ReportCategory category)
    {
        var facts = new CommunityFacts(91, category, 1234, CommunityFlags.Labelled | CommunityFlags.VerifiedBusiness, Now, "中国平安");

        Assert.Equal((91, (ReportCategory?)category, 1234, Now, "中国平安"), (facts.Score, facts.TopCategory, facts.DistinctReporters, facts.EnforcedUntil, facts.BusinessOwner));
        Assert.True(facts.Has(CommunityFlags.VerifiedBusiness));
        Assert.False(facts.Has(CommunityFlags.Disputed));
    }

    [Fact]
    public void A_restriction_is_in_force_until_its_end_and_a_suspension_without_one_for_good()
    {
        var restricted = new CommunityFacts(0, flags: CommunityFlags.Restricted, enforcedUntil: Now);
        var suspended = new CommunityFacts(0, flags: CommunityFlags.Suspended);

        Assert.True(restricted.IsEnforcedAt(Now.AddTicks(-1)));
        Assert.False(restricted.IsEnforcedAt(Now));
        Assert.True(suspended.IsEnforcedAt(Now.AddYears(10)));
        Assert.False(new CommunityFacts(0, enforcedUntil: Now.AddDays(1)).IsEnforcedAt(Now));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(101, 0)]
    [InlineData(50, -1)]
    public void Out_of_range_facts_are_a_bug(int score, int reporters)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommunityFacts(score, distinctReporters: reporters));
    }

    [Fact]
    public void Facts_fit_in_24_bytes()
    {
        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<CommunityFacts>());
    }
}
