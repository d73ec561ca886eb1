using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Tests.Sms;

/// <summary>The SMS area binds and checks its settings the one way every area does (issue #12 part 1).</summary>
public sealed class SmsSettingsTests
{
    [Theory]
    [InlineData("Channels:Sms:Secret", "short")]
    [InlineData("Channels:Sms:SendSmsUrl", "ftp://kannel.test/")]
    [InlineData("SmsGrammar:ReportWindow", "-1.00:00:00")]
    public async Task A_bad_setting_stops_the_start_naming_its_key(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = await SmsTestApp.StartAsync(new Dictionary<string, string?> { [key] = value });
        });

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
