using CallWarden.Core.Cases;

namespace CallWarden.Core.Tests.Cases;

public sealed class CategoryCodesTests
{
    [Fact]
    public void The_twelve_design_categories_are_known()
    {
        Assert.Equal(
            ["harassment", "fraud", "marketing", "real_estate", "finance", "insurance", "education", "recruiting", "delivery", "one_ring", "threat", "other"],
            CategoryCodes.All);
        Assert.All(CategoryCodes.All, code => Assert.True(CategoryCodes.IsKnown(code)));
    }

    [Theory]
    [InlineData("Fraud")]
    [InlineData("spam")]
    [InlineData("")]
    public void Anything_else_is_unknown(string code)
    {
        Assert.False(CategoryCodes.IsKnown(code));
    }

    [Fact]
    public void Only_fraud_and_threat_route_to_the_police()
    {
        Assert.Equal(["fraud", "threat"], CategoryCodes.All.Where(CategoryCodes.RoutesToPolice).Order());
    }
}
