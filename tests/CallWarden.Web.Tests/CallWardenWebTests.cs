using Microsoft.Extensions.Options;

namespace CallWarden.Web.Tests;

public sealed class CallWardenWebTests
{
    [Theory]
    [InlineData("Web:MaxRequestBodyBytes", "10")]
    [InlineData("ReporterLimits:ReportsPerHour", "0")]
    [InlineData("Web:SweepInterval", "00:00:00")]
    [InlineData("Intake:MaxBatch", "0")]
    [InlineData("Web:Verification:AttemptsPerCode", "0")]
    [InlineData("Web:Verification:CodeLifetime", "00:00:10")]
    [InlineData("Web:ReportForm:MaxRequestBodyBytes", "10")]
    [InlineData("Web:ReportForm:MaxEvidenceBytes", "100000000")]
    [InlineData("Screening:RepeatCallWindow", "02:00:00")]
    [InlineData("Screen:RulesLoadTimeout", "00:01:00")]
    [InlineData("Evidence:Folder", " ")]
    [InlineData("Web:LoginBackoffMax", "00:00:01")]
    [InlineData("Deadlines:ForwardWithin", "-1")]
    [InlineData("Deadlines:ActWithin", "400")]
    public async Task A_bad_setting_stops_the_start_naming_its_key(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { [key] = value });
        });

        Assert.Contains(key.Split(':')[1], failure.Message, StringComparison.Ordinal);
        Assert.Contains(key.Split(':')[0] + ":", failure.Message, StringComparison.Ordinal);
    }
}
