using CallWarden.Core.Screening;

namespace CallWarden.Core.Tests.Screening;

public sealed class ScreeningOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(new ScreeningOptions().Validate());
    }

    [Fact]
    public void Every_bad_setting_is_named_by_its_key()
    {
        var options = new ScreeningOptions
        {
            PolicyVersion = " ",
            CriticalServices = ["96110", "call me"],
            VoicemailUri = "http://voicemail",
            CarrierEnforcement = Disposition.Label,
            RefusedMarketing = Disposition.Allow,
            RepeatCallWindow = TimeSpan.Zero,
        };

        Assert.Equal(
            [
                "Screening:PolicyVersion must not be empty",
                "Screening:CriticalServices has 'call me', which is no number",
                "Screening:VoicemailUri must be a sip:, sips: or tel: URI",
                "Screening:CarrierEnforcement must block (reject, busy, powered_off, not_in_service or voicemail)",
                "Screening:RefusedMarketing must block (reject, busy, powered_off, not_in_service or voicemail)",
                "Screening:RepeatCallWindow must be positive and at most an hour",
            ],
            options.Validate());
    }

    [Fact]
    public void An_engine_refuses_bad_options_at_start()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScreeningEngine(new ScreeningOptions { Region = "XX" }));

        Assert.Contains("Screening:Region must be an ISO 3166 region code such as CN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deployment_in_another_region_reads_national_numbers_its_way()
    {
        var engine = new ScreeningEngine(new ScreeningOptions { Region = "US", CriticalServices = ["911"] });
        var rules = new SubscriberRules { Entries = [RuleEntry.Block("415*", Screen.Now, region: "US")] }.Compile("US");

        var decision = engine.Decide(new ScreeningRequest("(415) 555-0123", "(212) 555-0100", Screen.Now), rules, CommunityTable.Empty);

        Assert.Equal(["blocklist!"], decision.Trace());
        Assert.Equal(14155550123, decision.Caller.E164);
    }
}
