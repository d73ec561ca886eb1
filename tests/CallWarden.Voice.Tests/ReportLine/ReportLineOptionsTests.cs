using CallWarden.Voice.ReportLine;

namespace CallWarden.Voice.Tests.ReportLine;

public sealed class ReportLineOptionsTests
{
    [Fact]
    public void The_defaults_are_usable() => Assert.Empty(new ReportLineOptions().Validate());

    [Theory]
    [InlineData("", "Channels:Voice:ReportLine:ServiceNumber must be the digits of a service number such as 12321.")]
    [InlineData("12-321", "Channels:Voice:ReportLine:ServiceNumber must be the digits of a service number such as 12321.")]
    [InlineData("123456789012345678901", "Channels:Voice:ReportLine:ServiceNumber must be the digits of a service number such as 12321.")]
    public void A_service_number_that_is_not_digits_is_named(string number, string problem) =>
        Assert.Equal([problem], new ReportLineOptions { ServiceNumber = number }.Validate());

    [Fact]
    public void A_carrier_number_that_is_no_carriers_hotline_is_named() =>
        Assert.Equal(
            ["Channels:Voice:ReportLine:CarrierNumbers '12345' is not a carrier's hotline (10086…, 10010…, 10000…, 10099…)."],
            new ReportLineOptions { CarrierNumbers = ["10086999", "12345"] }.Validate());

    [Fact]
    public void Timeouts_out_of_range_and_an_empty_folder_are_named()
    {
        var problems = new ReportLineOptions { KeyTimeout = TimeSpan.Zero, PromptFolder = " " }.Validate();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Channels:Voice:ReportLine:PromptFolder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Channels:Voice:ReportLine:KeyTimeout", StringComparison.Ordinal));
    }
}
