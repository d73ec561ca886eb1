using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// The voice service's SIP, RTP and keys against real SIPp (issue #11 parts 1, 4 and 5), over its
/// real UDP socket, with the test's router (<see cref="TestRouter"/>). Ports: the service on 25080,
/// its RTP 25100-25299; SIPp's SIP 25060-25069, its media 25400-25409; the test's RTP phone 25410-25419.
/// </summary>
public sealed class VoiceSippTests
{
    private const int VoicePort = 25080;
    private const int RtpPortMin = 25100;
    private const string Caller = "13800138000";

    private static string Sipp => RequiredTool.Find("sipp", "sip-tester");

    [Fact]
    public async Task Rfc4733_keys_from_sipps_captures_arrive_once_each_in_order_then_the_service_hangs_up()
    {
        var sipp = Sipp;
        Assert.True(File.Exists("/usr/share/sip-tester/dtmf_2833_1.pcap"), "sip-tester's DTMF captures are missing: apt-get install -y --no-install-recommends sip-tester");
        var router = new TestRouter(keysToRead: 6);
        await using var voice = await VoiceHost.StartAsync(VoicePort, RtpPortMin, router);
        var scenario = VoiceSipp.KeysScenario("1519*#");

        try
        {
            // 1 twice: the same capture replayed, an event with the same RTP timestamp, is a second press.
            var (passed, output) = await VoiceSipp.CallAsync(sipp, VoicePort, scenario, TestRouter.ServiceNumber, 25060, 25400, $"{Caller};");

            Assert.True(passed, "the answered call with RFC 4733 keys failed:\n" + output);
            var call = Assert.Single(router.Calls);
            Assert.Equal(Caller, call.CallerNumber);
            Assert.Equal("1519*#", router.Keys[call.CallId]);
        }
        finally
        {
            File.Delete(scenario);
        }
    }

    [Fact]
    public async Task Sip_info_keys_arrive_in_order()
    {
        var sipp = Sipp;
        var router = new TestRouter(keysToRead: 3);
        await using var voice = await VoiceHost.StartAsync(VoicePort, RtpPortMin, router);

        var (passed, output) = await VoiceSipp.CallAsync(sipp, VoicePort, "voice-answer-info.xml", TestRouter.ServiceNumber, 25061, 25402, $"{Caller};4;#;7;");

        Assert.True(passed, "the answered call with SIP INFO keys failed:\n" + output);
        Assert.Equal("4#7", router.Keys[Assert.Single(router.Calls).CallId]);
    }

    [Fact]
    public async Task An_announcement_is_183_with_rtp_carrying_the_clips_bytes_paced_at_20_ms_then_480()
    {
        var sipp = Sipp;
        var router = new TestRouter(keysToRead: 0);
        await using var voice = await VoiceHost.StartAsync(VoicePort, RtpPortMin, router);
        using var phone = new RtpPhone(25410);

        var (passed, output) = await VoiceSipp.CallAsync(sipp, VoicePort, "voice-announce-480.xml", TestRouter.BlockedCallee, 25062, 25404, $"{Caller};", rtpPort: 25410);

        Assert.True(passed, "expected 183 with SDP then 480:\n" + output);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        var expected = TestRouter.Announcement.SelectMany(c => c.Pcmu.ToArray()).ToArray();
        Assert.Equal(expected, phone.Payload());
        var packets = phone.Packets;
        Assert.Equal(0x80, packets[0].Packet[1] & 0x80);
        Assert.All(packets.Skip(1), p => Assert.Equal(0, p.Packet[1] & 0x80));
        // The whole announcement took its own length (0.83 s), neither a burst nor a crawl.
        var span = packets[^1].At - packets[0].At;
        Assert.InRange(span.TotalMilliseconds, (packets.Count - 1) * 20 * 0.8, (packets.Count - 1) * 20 * 1.5);
    }

    [Fact]
    public async Task Cancel_during_the_announcement_gets_200_and_487_and_the_audio_stops()
    {
        var sipp = Sipp;
        var router = new TestRouter(keysToRead: 0);
        await using var voice = await VoiceHost.StartAsync(VoicePort, RtpPortMin, router);
        using var phone = new RtpPhone(25411);

        var (passed, output) = await VoiceSipp.CallAsync(sipp, VoicePort, "voice-cancel-487.xml", TestRouter.LongAnnouncementCallee, 25063, 25406, $"{Caller};", rtpPort: 25411);

        Assert.True(passed, "expected 200 for the CANCEL and 487 for the INVITE:\n" + output);
        var afterCancel = phone.Packets.Count;
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.InRange(phone.Packets.Count - afterCancel, 0, 1);
        Assert.InRange(phone.Packets.Count, 1, 100); // 10 s of audio was queued; far less was sent
    }

    [Fact]
    public async Task A_malformed_invite_gets_400_options_200_an_unknown_method_405_and_the_next_call_is_served()
    {
        var sipp = Sipp;
        var router = new TestRouter(keysToRead: 0);
        await using var voice = await VoiceHost.StartAsync(VoicePort, RtpPortMin, router);

        var requests = await VoiceSipp.CallAsync(sipp, VoicePort, "voice-requests.xml", TestRouter.ServiceNumber, 25064, 25408, $"{Caller};");
        Assert.True(requests.Passed, "expected 400, 200 with Allow, 405 with Allow:\n" + requests.Output);
        using var phone = new RtpPhone(25412);
        var next = await VoiceSipp.CallAsync(sipp, VoicePort, "voice-announce-480.xml", TestRouter.BlockedCallee, 25065, 25400, $"{Caller};", rtpPort: 25412);

        Assert.True(next.Passed, "the call after the malformed INVITE was not served:\n" + next.Output);
        Assert.Single(router.Calls);
    }
}
