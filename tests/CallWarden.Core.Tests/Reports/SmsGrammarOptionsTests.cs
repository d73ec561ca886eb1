using CallWarden.Core.Reports;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Reports;

public sealed class SmsGrammarOptionsTests
{
    [Fact]
    public void The_defaults_are_the_four_report_numbers_thirty_days_and_CN()
    {
        var options = new SmsGrammarOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(SmsGrammar.NumberAndTime, options.ServiceNumbers["12321"]);
        Assert.Equal(SmsGrammar.NumberAndReasonOrContent, options.ServiceNumbers["10086999"]);
        Assert.Equal(SmsGrammar.NumberAndReasonOrContent, options.ServiceNumbers["10010999"]);
        Assert.Equal(SmsGrammar.NumberAndReasonOrContent, options.ServiceNumbers["10000999"]);
        Assert.Equal(TimeSpan.FromDays(30), options.ReportWindow);
        Assert.Equal("CN", options.HomeRegion);
    }

    [Fact]
    public void Every_bad_value_is_reported_with_its_key()
    {
        var options = new SmsGrammarOptions
        {
            ServiceNumbers = new() { ["12a"] = SmsGrammar.NumberAndTime, ["12321"] = (SmsGrammar)9 },
            ReportWindow = TimeSpan.Zero,
            ClockSkewTolerance = TimeSpan.FromMinutes(-1),
            HomeRegion = "XX",
            FallbackLanguage = (DisplayLanguage)7,
        };

        var problems = options.Validate();

        Assert.Collection(
            problems,
            p => Assert.StartsWith("SmsGrammar:ServiceNumbers:12a ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("SmsGrammar:ServiceNumbers:12321 ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("SmsGrammar:ReportWindow ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("SmsGrammar:ClockSkewTolerance ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("SmsGrammar:HomeRegion ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("SmsGrammar:FallbackLanguage ", p, StringComparison.Ordinal));
    }

    [Fact]
    public void No_service_number_at_all_is_a_problem()
    {
        var options = new SmsGrammarOptions { ServiceNumbers = [] };

        Assert.Equal("SmsGrammar:ServiceNumbers must list at least one service number.", Assert.Single(options.Validate()));
    }
}
