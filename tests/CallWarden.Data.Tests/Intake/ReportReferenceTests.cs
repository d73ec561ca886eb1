using CallWarden.Data.Intake;

namespace CallWarden.Data.Tests.Intake;

public sealed class ReportReferenceTests
{
    [Theory]
    [InlineData(2026, 11, 28, 123, "R20261128-000123")]
    [InlineData(2027, 1, 1, 1, "R20270101-000001")]
    [InlineData(2026, 11, 28, 1234567, "R20261128-1234567")]
    public void Reference_is_R_date_and_six_digit_sequence(int year, int month, int day, long sequence, string expected)
    {
        var reference = ReportReference.Format(new DateOnly(year, month, day), sequence);

        Assert.Equal(expected, reference);
        Assert.True(ReportReference.IsWellFormed(reference));
    }

    [Theory]
    [InlineData("")]
    [InlineData("R2026112-000123")]
    [InlineData("X20261128-000123")]
    [InlineData("R20261128-12")]
    public void Malformed_references_are_recognised(string text) => Assert.False(ReportReference.IsWellFormed(text));
}
