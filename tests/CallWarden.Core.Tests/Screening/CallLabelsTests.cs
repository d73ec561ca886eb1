using CallWarden.Core.Reputation;
using System.Globalization;
using CallWarden.Core.Screening;
using CsCheck;

namespace CallWarden.Core.Tests.Screening;

public sealed class CallLabelsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1,000")]
    [InlineData(1234, "1,234")]
    [InlineData(int.MaxValue, "2,147,483,647")]
    public void Reporter_counts_are_grouped_by_thousands(int value, string text)
    {
        Span<char> buffer = stackalloc char[13];

        Assert.Equal(text, buffer[ReputationLabel.WriteGrouped(value, buffer)..].ToString());
    }

    [Fact]
    public void Grouping_agrees_with_the_invariant_culture()
    {
        Gen.Int[0, int.MaxValue].Sample(value =>
        {
            var buffer = new char[13];

            Assert.Equal(value.ToString("N0", CultureInfo.InvariantCulture), new string(buffer.AsSpan(ReputationLabel.WriteGrouped(value, buffer))));
        }, iter: 10_000);
    }
}
