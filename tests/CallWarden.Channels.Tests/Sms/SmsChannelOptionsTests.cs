using CallWarden.Channels.Sms;

namespace CallWarden.Channels.Tests.Sms;

public sealed class SmsChannelOptionsTests
{
    [Fact]
    public void A_disabled_channel_needs_no_settings() => Assert.Empty(new SmsChannelOptions().Validate());

    [Fact]
    public void An_enabled_channel_without_settings_names_every_missing_key()
    {
        var problems = string.Join("\n", new SmsChannelOptions { Enabled = true, AllowedAddresses = ["not-an-ip"], Sender = "12a" }.Validate());

        foreach (var key in new[] { "Channels:Sms:Secret", "Channels:Sms:SendSmsUrl", "Channels:Sms:Username", "Channels:Sms:Password", "Channels:Sms:AllowedAddresses", "Channels:Sms:Sender" })
        {
            Assert.Contains(key, problems, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_complete_configuration_is_usable() => Assert.Empty(new SmsChannelOptions
    {
        Enabled = true,
        Secret = "0123456789abcdef",
        SendSmsUrl = "http://127.0.0.1:13013/cgi-bin/sendsms",
        Username = "callwarden",
        Password = "pw",
        AllowedAddresses = ["127.0.0.1", "::1"],
    }.Validate());
}
