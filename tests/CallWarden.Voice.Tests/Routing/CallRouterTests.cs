using System.Net;
using CallWarden.Core.Screening;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;
using CallWarden.Voice.Routing;
using CallWarden.Voice.Tests.Prompts;
using CallWarden.Voice.Tests.ReportLine;

namespace CallWarden.Voice.Tests.Routing;

[Collection(RenderedPromptsCollection.Name)]
public sealed class CallRouterTests(RenderedPrompts prompts)
{
    private static IncomingCall Invite(string dialled, Disposition? announce = null, string? caller = "13800138000") =>
        new("c1@127.0.0.1", dialled, caller, announce, new IPEndPoint(IPAddress.Loopback, 5060));

    [Theory]
    [InlineData("12321")]
    [InlineData("+12321")]
    [InlineData("10086999")]
    [InlineData("10010999")]
    [InlineData("10000999")]
    public async Task The_service_number_and_the_carriers_hotlines_are_answered_by_the_report_line(string dialled)
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        Assert.IsType<AnswerCall>(line.Router.Route(Invite(dialled)));
    }

    [Theory]
    [InlineData("13912345678")]
    [InlineData("123210")]
    [InlineData("10086")]
    [InlineData("1232")]
    [InlineData("")]
    [InlineData("alice")]
    [InlineData("12321;user=phone")]
    [InlineData("１２３２１")]
    public async Task Any_other_number_is_refused_with_404(string dialled)
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        Assert.Equal(new RefuseCall(404, "Not Found"), line.Router.Route(Invite(dialled)));
    }

    [Fact]
    public async Task A_huge_or_hostile_dialled_number_is_refused_without_work()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        Assert.Equal(404, Assert.IsType<RefuseCall>(line.Router.Route(Invite(new string('1', 100_000)))).Status);
        Assert.Equal(404, Assert.IsType<RefuseCall>(line.Router.Route(Invite("+"))).Status);
        Assert.Equal(404, Assert.IsType<RefuseCall>(line.Router.Route(Invite("12321\r\nVia: x"))).Status);
        Assert.IsType<AnswerCall>(line.Router.Route(Invite("12321", caller: null)));
    }

    [Fact]
    public async Task A_carriers_customer_hotline_is_served_once_configured()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts, new Dictionary<string, string?> { ["Channels:Voice:ReportLine:CarrierNumbers:0"] = "10086" });

        Assert.IsType<AnswerCall>(line.Router.Route(Invite("10086")));
    }

    [Fact]
    public async Task A_configured_service_number_replaces_12321()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts, new Dictionary<string, string?> { ["Channels:Voice:ReportLine:ServiceNumber"] = "96110" });

        Assert.IsType<AnswerCall>(line.Router.Route(Invite("96110")));
        Assert.IsType<RefuseCall>(line.Router.Route(Invite("12321")));
    }

    [Theory]
    [InlineData(Disposition.PoweredOff, 480, "Temporarily Unavailable")]
    [InlineData(Disposition.NotInService, 604, "Does Not Exist Anywhere")]
    [InlineData(Disposition.Busy, 486, "Busy Here")]
    public async Task A_blocked_call_hears_the_announcement_in_Mandarin_then_English_and_ends_with_its_status(Disposition disposition, int status, string phrase)
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);
        var library = line.Get<PromptLibrary>();

        var plan = Assert.IsType<AnnounceThenEnd>(line.Router.Route(Invite("13912345678", disposition)));

        var key = PromptKeys.Announcement(disposition);
        Assert.Equal((status, phrase), (plan.FinalStatus, plan.ReasonPhrase));
        Assert.Equal([library.Clip(VoiceLanguage.Mandarin, key), library.Clip(VoiceLanguage.English, key)], plan.Clips);
        Assert.Equal(["zh-Hans/" + key, "en/" + key], plan.Clips.Select(c => c.Name));
        Assert.All(plan.Clips, c => Assert.True(c.Duration > TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task The_announcement_is_played_even_when_the_blocked_call_was_to_the_service_number()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        Assert.IsType<AnnounceThenEnd>(line.Router.Route(Invite("12321", Disposition.PoweredOff)));
    }

    [Theory]
    [InlineData(Disposition.Reject, 603, "Decline")]
    [InlineData(Disposition.Voicemail, 404, "Not Found")]
    [InlineData(Disposition.Allow, 404, "Not Found")]
    [InlineData(Disposition.Label, 404, "Not Found")]
    public async Task A_disposition_without_an_announcement_is_answered_as_the_proxy_would_or_not_served(Disposition disposition, int status, string phrase)
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        Assert.Equal(new RefuseCall(status, phrase), line.Router.Route(Invite("13912345678", disposition)));
    }
}
