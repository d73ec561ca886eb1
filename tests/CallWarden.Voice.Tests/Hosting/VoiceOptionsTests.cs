using CallWarden.Voice.Hosting;

namespace CallWarden.Voice.Tests.Hosting;

public sealed class VoiceOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_an_off_service_is_not_checked()
    {
        Assert.Empty(new VoiceOptions { Enabled = true }.Validate());
        Assert.Empty(new VoiceOptions { Enabled = false, Listen = "nonsense" }.Validate());
    }

    [Theory]
    [InlineData("Listen", "Channels:Voice:Listen")]
    [InlineData("Wildcard", "Channels:Voice:Listen")]
    [InlineData("Ports", "Channels:Voice:RtpPortMin")]
    [InlineData("TooManyCalls", "Channels:Voice:MaxCalls")]
    [InlineData("Proxy", "Channels:Voice:TrustedProxies")]
    [InlineData("T1", "Channels:Voice:RetryAfterSeconds")]
    public void A_bad_setting_is_named_by_its_key(string what, string key)
    {
        var options = new VoiceOptions { Enabled = true };
        switch (what)
        {
            case "Listen": options.Listen = "localhost"; break;
            case "Wildcard": options.Listen = "0.0.0.0:5080"; break;
            case "Ports": options.RtpPortMin = 100; break;
            case "TooManyCalls": options.MaxCalls = 10_000; break;
            case "Proxy": options.TrustedProxies = ["kamailio.example"]; break;
            case "T1": options.T1Milliseconds = 1; break;
        }

        Assert.Contains(options.Validate(), p => p.StartsWith(key, StringComparison.Ordinal));
    }
}
