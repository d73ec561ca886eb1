using System.Net;
using CallWarden.Core.Screening;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Sip;

namespace CallWarden.Voice.Tests.Sip;

public sealed class SipUserAgentTests
{
    private static readonly AudioClip Clip = new("tone", Enumerable.Range(0, 400).Select(i => (byte)i).ToArray(), Enumerable.Range(0, 400).Select(i => (byte)(255 - i)).ToArray());

    private static bool Is(SipMessage m, int status, string method = "INVITE") => m.StatusCode == status && m.CSeqMethod == method;

    [Fact]
    public async Task Options_is_answered_with_what_the_service_allows_and_accepts()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));

        sip.Receive(SipSamples.Invite(body: string.Empty).Replace("INVITE", "OPTIONS", StringComparison.Ordinal));

        var ok = await sip.WaitForAsync(m => Is(m, 200, "OPTIONS"));
        Assert.Equal(SipResponse.Allow, string.Join(", ", ok.Values("Allow")));
        Assert.Contains("application/sdp", ok["Accept"], StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, ok.ToTag);
    }

    [Fact]
    public async Task An_unknown_method_gets_405_with_allow_and_its_retransmission_the_same_answer()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));
        var subscribe = SipSamples.Invite(body: string.Empty).Replace("INVITE", "SUBSCRIBE", StringComparison.Ordinal);

        sip.Receive(subscribe);
        sip.Receive(subscribe);

        var refused = await sip.WaitForAsync(m => Is(m, 405, "SUBSCRIBE"), count: 2);
        Assert.Equal(SipResponse.Allow, string.Join(", ", refused.Values("Allow")));
        Assert.Equal(sip.Sent[0].Message.ToTag, refused.ToTag);
    }

    [Theory]
    [InlineData("BYE")]
    [InlineData("INFO")]
    [InlineData("UPDATE")]
    public async Task An_in_dialog_request_for_an_unknown_dialog_gets_481(string method)
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));

        sip.Receive(SipSamples.Invite(body: string.Empty).Replace("INVITE", method, StringComparison.Ordinal).Replace("To: <sip:12321@127.0.0.1>", "To: <sip:12321@127.0.0.1>;tag=gone", StringComparison.Ordinal));

        await sip.WaitForAsync(m => Is(m, 481, method));
    }

    [Fact]
    public async Task A_refused_invite_gets_trying_then_the_final_status_resent_on_timer_g_until_its_ack()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));
        var invite = SipSamples.Invite(body: sip.Offer());

        sip.Receive(invite);
        var refused = await sip.WaitForAsync(m => Is(m, 404));
        Assert.Equal(100, sip.Sent[0].Message.StatusCode);
        Assert.Equal(string.Empty, sip.Sent[0].Message.ToTag);
        Assert.NotEqual(string.Empty, refused.ToTag);

        sip.Receive(invite);
        Assert.Equal(2, sip.Count(m => Is(m, 404)));
        sip.Time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(3, sip.Count(m => Is(m, 404)));
        sip.Time.Advance(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(4, sip.Count(m => Is(m, 404)));

        sip.Receive(SipHarness.Ack(refused, branch: "z9hG4bK-1"));
        sip.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(4, sip.Count(m => Is(m, 404)));
        Assert.Equal(0, sip.Agent.ActiveCalls);
    }

    [Fact]
    public async Task An_invite_without_a_common_codec_gets_488_and_the_router_is_not_asked()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));

        sip.Receive(SipSamples.Invite(body: sip.Offer("18 9")));

        var refused = await sip.WaitForAsync(m => Is(m, 488));
        Assert.Contains("PCMU or PCMA", refused["Warning"], StringComparison.Ordinal);
        Assert.Empty(sip.Router.Calls);
    }

    [Fact]
    public async Task A_malformed_invite_gets_400_and_the_next_call_is_served()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));

        sip.Receive(SipSamples.Invite(callId: "bad@x", body: sip.Offer()).Replace("CSeq: 1 INVITE", "CSeq: one INVITE", StringComparison.Ordinal));
        sip.Receive("garbage that is no SIP at all\r\n\r\n");
        sip.Receive(SipSamples.Invite(callId: "good@x", branch: "z9hG4bK-2", body: sip.Offer()));

        var bad = await sip.WaitForAsync(m => m.StatusCode == 400);
        Assert.Equal("bad@x", bad.CallId);
        Assert.Contains("bad CSeq", bad.ReasonPhrase, StringComparison.Ordinal);
        Assert.Equal("good@x", (await sip.WaitForAsync(m => Is(m, 404))).CallId);
    }

    [Fact]
    public async Task An_invite_requiring_an_extension_gets_420_naming_it()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));

        sip.Receive(SipSamples.Invite(extra: "Require: 100rel\r\n", body: sip.Offer()));

        var refused = await sip.WaitForAsync(m => Is(m, 420));
        Assert.Equal("100rel", refused["Unsupported"]);
        Assert.Empty(sip.Router.Calls);
    }

    [Fact]
    public async Task Calls_over_the_limit_get_503_with_retry_after()
    {
        var hold = new TaskCompletionSource();
        using var sip = new SipHarness(_ => new AnswerCall(new Script(async (call, ct) => await hold.Task.WaitAsync(ct))), maxCalls: 1);

        sip.Receive(SipSamples.Invite(callId: "one@x", body: sip.Offer()));
        await sip.WaitForAsync(m => Is(m, 200));
        sip.Receive(SipSamples.Invite(callId: "two@x", branch: "z9hG4bK-2", body: sip.Offer()));

        var busy = await sip.WaitForAsync(m => Is(m, 503));
        Assert.Equal("two@x", busy.CallId);
        Assert.Equal("5", busy["Retry-After"]);
        hold.SetResult();
    }

    [Fact]
    public async Task The_router_hears_the_dialled_number_the_caller_and_an_announcement_only_from_a_trusted_proxy()
    {
        using var sip = new SipHarness(_ => new RefuseCall(480, "Temporarily Unavailable"));
        var extra = "P-Asserted-Identity: <tel:+8613800138000>\r\nX-CallWarden-Announce: powered_off\r\n";

        sip.Receive(SipSamples.Invite(callId: "a@x", extra: extra, body: sip.Offer(), user: "13912345678"), SipHarness.Proxy);
        sip.Receive(SipSamples.Invite(callId: "b@x", branch: "z9hG4bK-2", extra: extra, body: sip.Offer(), user: "13912345678"));
        await sip.WaitForAsync(m => Is(m, 480), count: 2);

        var trusted = sip.Router.Calls.Single(c => c.CallId == "a@x");
        var untrusted = sip.Router.Calls.Single(c => c.CallId == "b@x");
        Assert.Equal(("13912345678", "+8613800138000", Disposition.PoweredOff), (trusted.DialledNumber, trusted.CallerNumber, trusted.Announcement));
        Assert.Equal(SipHarness.Proxy, trusted.Source);
        Assert.Null(untrusted.Announcement);
    }

    [Fact]
    public async Task An_answered_call_gets_200_with_sdp_record_route_and_contact_then_rtp_and_keys_then_our_bye()
    {
        var keys = new List<char?>();
        using var sip = new SipHarness(_ => new AnswerCall(new Script(async (call, ct) =>
        {
            keys.Add(await call.ReadDigitAsync(TimeSpan.FromSeconds(30), ct));
            keys.Add(await call.ReadDigitAsync(TimeSpan.FromSeconds(30), ct));
        })));
        var invite = SipSamples.Invite(body: sip.Offer(), extra: "Record-Route: <sip:127.0.0.2:5060;lr>\r\n");

        sip.Receive(invite, SipHarness.Proxy);
        var ok = await sip.WaitForAsync(m => Is(m, 200));
        Assert.Equal(["<sip:127.0.0.2:5060;lr>"], ok.Values("Record-Route"));
        Assert.Equal("<sip:12321@127.0.0.1:5080>", ok["Contact"]);
        Assert.Equal("application/sdp", ok.ContentType);
        var answer = System.Text.Encoding.ASCII.GetString(ok.Body.Span);
        Assert.Contains("RTP/AVP 0 101", answer, StringComparison.Ordinal);
        sip.Receive(SipHarness.Ack(ok));

        sip.Pacer.Tick();
        sip.Pacer.Tick();
        var first = sip.ReceiveRtp();
        var second = sip.ReceiveRtp();
        Assert.True(first.Header.Marker);
        Assert.False(second.Header.Marker);
        Assert.Equal((ushort)(first.Header.Sequence + 1), second.Header.Sequence);
        Assert.Equal(first.Header.Timestamp + 160, second.Header.Timestamp);
        Assert.Equal(0, first.Header.PayloadType);
        Assert.All(first.Payload, b => Assert.Equal(0xFF, b));

        sip.Receive(SipHarness.InDialog("INFO", ok, 2, "z9hG4bK-i1", "application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"));
        sip.Receive(SipHarness.InDialog("INFO", ok, 2, "z9hG4bK-i1", "application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"));
        sip.Receive(SipHarness.InDialog("INFO", ok, 3, "z9hG4bK-i2", "application/dtmf-relay", "Signal=#\r\nDuration=160\r\n"));

        var bye = await sip.WaitForAsync(m => m.Method == "BYE");
        Assert.Equal(['5', '#'], keys);
        // The resent INFO is answered again from its transaction, its key counted once.
        Assert.Equal(3, sip.Count(m => Is(m, 200, "INFO")));
        Assert.Equal(SipHarness.Proxy.Address, sip.Sent.Single(s => s.Message.Method == "BYE").To.Address);
        Assert.Equal("<sip:127.0.0.2:5060;lr>", bye["Route"]);
        Assert.Equal(ok.ToTag, bye.FromTag);
        Assert.Equal("from-1", bye.ToTag);
        Assert.Equal("sip:13800138000@127.0.0.1:5061", bye.RequestUri);

        // Timer E resends the BYE until its answer.
        sip.Time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(2, sip.Count(m => m.Method == "BYE"));
        sip.Receive($"SIP/2.0 200 OK\r\nVia: {bye["Via"]}\r\nFrom: {bye["From"]}\r\nTo: {bye["To"]}\r\nCall-ID: {bye.CallId}\r\nCSeq: {bye["CSeq"]}\r\nContent-Length: 0\r\n\r\n");
        sip.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(2, sip.Count(m => m.Method == "BYE"));
        Assert.Equal(0, sip.Agent.ActiveCalls);
    }

    [Fact]
    public async Task The_callers_bye_gets_200_and_ends_the_script()
    {
        var ended = new TaskCompletionSource();
        using var sip = new SipHarness(_ => new AnswerCall(new Script(async (call, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                ended.SetResult();
            }
        })));

        sip.Receive(SipSamples.Invite(body: sip.Offer()));
        var ok = await sip.WaitForAsync(m => Is(m, 200));
        sip.Receive(SipHarness.Ack(ok));
        sip.Receive(SipHarness.InDialog("BYE", ok, 2, "z9hG4bK-bye"));

        await sip.WaitForAsync(m => Is(m, 200, "BYE"));
        await ended.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await Task.WhenAll(sip.Agent.Work).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(0, sip.Count(m => m.Method == "BYE"));
        Assert.Equal(0, sip.Agent.ActiveCalls);
    }

    [Fact]
    public async Task A_200_without_ack_is_resent_and_after_64_t1_the_call_ends_with_bye()
    {
        using var sip = new SipHarness(_ => new AnswerCall(new Script((call, ct) => Task.Delay(Timeout.Infinite, ct))));

        sip.Receive(SipSamples.Invite(body: sip.Offer()));
        await sip.WaitForAsync(m => Is(m, 200));
        for (var i = 0; i < 70; i++)
        {
            sip.Time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.True(sip.Count(m => Is(m, 200)) >= 10);
        await sip.WaitForAsync(m => m.Method == "BYE");
        Assert.Equal(0, sip.Agent.ActiveCalls);
    }

    [Fact]
    public async Task An_announcement_is_183_with_the_clip_as_rtp_payload_then_the_final_status()
    {
        using var sip = new SipHarness(_ => new AnnounceThenEnd([Clip, Clip], 480, "Temporarily Unavailable"));

        sip.Receive(SipSamples.Invite(body: sip.Offer("8 0 101"), user: "13912345678"));
        var progress = await sip.WaitForAsync(m => Is(m, 183));
        Assert.Equal("application/sdp", progress.ContentType);
        var payload = new List<byte>();
        for (var i = 0; i < 6; i++)
        {
            sip.Pacer.Tick();
            var (header, bytes) = sip.ReceiveRtp();
            Assert.Equal(8, header.PayloadType);
            payload.AddRange(bytes);
        }

        Assert.Equal(Clip.Pcma.ToArray().Concat(Clip.Pcma.ToArray()), payload);
        var final = await sip.WaitForAsync(m => Is(m, 480));
        Assert.Equal(progress.ToTag, final.ToTag);
        sip.Pacer.Tick();
        Assert.Equal(0, sip.RtpPhone.Available);
    }

    [Fact]
    public async Task Cancel_during_an_announcement_gets_200_and_487_and_the_rtp_stops()
    {
        using var sip = new SipHarness(_ => new AnnounceThenEnd([Clip, Clip, Clip], 480, "Temporarily Unavailable"));
        var invite = SipSamples.Invite(body: sip.Offer());

        sip.Receive(invite);
        await sip.WaitForAsync(m => Is(m, 183));
        sip.Pacer.Tick();
        sip.ReceiveRtp();
        sip.Receive(invite.Split("\r\n")[0].Replace("INVITE", "CANCEL", StringComparison.Ordinal) + "\r\n"
            + string.Join("\r\n", invite.Split("\r\n").Where(l => l.StartsWith("Via", StringComparison.Ordinal) || l.StartsWith("From", StringComparison.Ordinal) || l.StartsWith("To", StringComparison.Ordinal) || l.StartsWith("Call-ID", StringComparison.Ordinal)))
            + "\r\nCSeq: 1 CANCEL\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");

        await sip.WaitForAsync(m => Is(m, 200, "CANCEL"));
        var terminated = await sip.WaitForAsync(m => Is(m, 487));
        await Task.WhenAll(sip.Agent.Work).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        sip.Pacer.Tick();
        Assert.Equal(0, sip.RtpPhone.Available);
        Assert.Equal(0, sip.Count(m => Is(m, 480)));
        sip.Receive(SipHarness.Ack(terminated, branch: "z9hG4bK-1"));
        Assert.Equal(0, sip.Agent.ActiveCalls);
    }

    [Fact]
    public async Task Cancel_for_an_unknown_invite_gets_481()
    {
        using var sip = new SipHarness(_ => new RefuseCall(404, "Not Found"));

        sip.Receive(SipSamples.Invite(body: string.Empty).Replace("INVITE", "CANCEL", StringComparison.Ordinal));

        await sip.WaitForAsync(m => Is(m, 481, "CANCEL"));
    }

    [Fact]
    public async Task A_reinvite_to_hold_stops_our_rtp_and_is_answered_recvonly()
    {
        using var sip = new SipHarness(_ => new AnswerCall(new Script((call, ct) => Task.Delay(Timeout.Infinite, ct))));
        sip.Receive(SipSamples.Invite(body: sip.Offer()));
        var ok = await sip.WaitForAsync(m => Is(m, 200));
        sip.Receive(SipHarness.Ack(ok));
        var hold = sip.Offer().Replace("c=IN IP4 127.0.0.1", "c=IN IP4 0.0.0.0", StringComparison.Ordinal);

        sip.Receive(SipHarness.InDialog("INVITE", ok, 2, "z9hG4bK-re", "application/sdp", hold));

        var held = await sip.WaitForAsync(m => Is(m, 200) && m.CSeqNumber == 2);
        Assert.Contains("a=recvonly", System.Text.Encoding.ASCII.GetString(held.Body.Span), StringComparison.Ordinal);
        sip.Pacer.Tick();
        Assert.Equal(0, sip.RtpPhone.Available);
    }

    private sealed class Script(Func<IVoiceCall, CancellationToken, Task> run) : ICallScript
    {
        public Task RunAsync(IVoiceCall call, CancellationToken cancellationToken) => run(call, cancellationToken);
    }
}
