using CallWarden.Core.Screening;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// deploy/kamailio/kamailio.cfg's routes to the voice service (issue #11 part 4): real SIPp → real
/// Kamailio → real CallWarden screening, and the voice service (the test's router) for the service
/// number and for a block with an announcement. Ports: Kamailio 25500, its downstream phone 25510,
/// SIPp callers 25520-25529, CallWarden HTTP 28500, the voice service 25580 with RTP 25700-25899,
/// the test's RTP phone 25420-25429.
/// </summary>
public sealed class KamailioVoiceTests
{
    private const string Subscriber = TestRouter.BlockedCallee;
    private const int KamailioPort = 25500;
    private const int VoicePort = 25580;

    [Fact]
    public async Task A_powered_off_block_is_announced_by_the_voice_service_and_can_be_cancelled_the_service_number_answered_and_without_it_kamailio_replies_480()
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        await using var server = new CallWardenServer(28500);
        await server.StartAsync();
        var screenKey = await server.KeyAsync("kamailio", "client", ["screen"]);
        await server.WarmScreeningAsync(screenKey);
        await server.CliAsync("rules", "add", "--subscriber", Subscriber, "--pattern", "1370013*", "--block", "--disposition", "powered_off");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // the rule reaches the server through the change feed
        var router = new TestRouter(keysToRead: 3);
        var voice = await VoiceHost.StartAsync(VoicePort, 25700, router);
        using var proxy = new KamailioProxy(KamailioPort, 25510);
        await proxy.StartAsync(kamailio, [server.Port], screenKey, [$"VOICE_DST=\"sip:127.0.0.1:{VoicePort}\""]);
        string Logs() => $"\n--- kamailio ---\n{Tail(proxy.Log)}\n--- callwarden ---\n{Tail(server.Log)}";

        try
        {
            using (var phone = new RtpPhone(25420))
            {
                var announced = await VoiceSipp.CallAsync(sipp, KamailioPort, "voice-announce-480.xml", Subscriber, 25520, 25430, "13700137000;", rtpPort: 25420);

                Assert.True(announced.Passed, "expected 183 with the announcement then 480 through Kamailio:\n" + announced.Output + Logs());
                await Task.Delay(200, TestContext.Current.CancellationToken);
                Assert.Equal(TestRouter.Announcement.SelectMany(c => c.Pcmu.ToArray()), phone.Payload());
                var call = Assert.Single(router.Calls);
                Assert.Equal(Disposition.PoweredOff, call.Announcement);
                Assert.Equal(("13700137000", Subscriber, KamailioPort), (call.CallerNumber, call.DialledNumber, call.Source.Port));
            }

            using (var phone = new RtpPhone(25421))
            {
                var cancelled = await VoiceSipp.CallAsync(sipp, KamailioPort, "voice-cancel-487.xml", Subscriber, 25523, 25436, $"{TestRouter.CancellingCaller};", rtpPort: 25421);

                Assert.True(cancelled.Passed, "expected 200 for the CANCEL and 487 through Kamailio:\n" + cancelled.Output + Logs());
                Assert.InRange(phone.Packets.Count, 1, 100);
            }

            var reported = await VoiceSipp.CallAsync(sipp, KamailioPort, "voice-answer-info.xml", TestRouter.ServiceNumber, 25521, 25432, "13800138000;3;#;0;");
            Assert.True(reported.Passed, "the service number through Kamailio (INFO and BYE loose-routed) failed:\n" + reported.Output + Logs());
            var line = router.Calls.Last();
            Assert.Equal((TestRouter.ServiceNumber, (Disposition?)null), (line.DialledNumber, line.Announcement));
            Assert.Equal("3#0", router.Keys[line.CallId]);
        }
        finally
        {
            await voice.DisposeAsync();
        }

        var plain = await VoiceSipp.CallAsync(sipp, KamailioPort, "invite-expect-480.xml", Subscriber, 25522, 25434, "13700137001;");
        Assert.True(plain.Passed, "with the voice service down Kamailio must reply 480 with X-Screening itself:\n" + plain.Output + Logs());
        Assert.Contains("ANNOUNCE-UNAVAILABLE", proxy.Log, StringComparison.Ordinal);
    }

    private static string Tail(string log) => log.Length <= 4000 ? log : log[^4000..];
}
