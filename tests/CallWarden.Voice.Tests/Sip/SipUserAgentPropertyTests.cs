using CallWarden.Voice.Calls;
using CallWarden.Voice.Sip;
using CsCheck;

namespace CallWarden.Voice.Tests.Sip;

/// <summary>
/// The user agent under any order of a caller's requests, retransmissions, time and RTP ticks, for three
/// calls at once (one refused, one announced, one answered): it never throws, each INVITE gets at most
/// one final status and one To-tag, and once every caller has hung up and the timers have run, no call is left.
/// </summary>
public sealed class SipUserAgentPropertyTests
{
    private enum Step
    {
        Invite,
        Ack,
        Cancel,
        Bye,
        Info,
        Tick,
        Time,
    }

    private static readonly AudioClip Clip = new("short", new byte[320], new byte[320]);

    [Fact]
    public void Any_order_of_requests_gives_each_invite_one_final_status_and_leaves_no_call()
    {
        var step = Gen.Select(Gen.Int[0, 2], Gen.Enum<Step>());
        step.Array[1, 30].Sample(steps =>
        {
            using var sip = new SipHarness(call => call.CallId switch
            {
                "call-0" => new RefuseCall(486, "Busy Here"),
                "call-1" => new AnnounceThenEnd([Clip], 480, "Temporarily Unavailable"),
                _ => new AnswerCall(new Script()),
            });
            foreach (var (call, kind) in steps)
            {
                Apply(sip, call, kind);
            }

            // Everyone hangs up; every timer runs out.
            Thread.Sleep(20);
            for (var call = 0; call < 3; call++)
            {
                Apply(sip, call, Step.Bye);
                Apply(sip, call, Step.Cancel);
            }

            for (var i = 0; i < 80; i++)
            {
                sip.Pacer.Tick();
                sip.Time.Advance(TimeSpan.FromMilliseconds(500));
            }

            Task.WaitAll(sip.Agent.Work, TimeSpan.FromSeconds(5));

            // A call's end is signalled on the thread pool: on a busy machine (CI) it may not have run yet.
            // Keep the timers going, in real time too, until no call is left or 10 s have passed.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (sip.Agent.ActiveCalls != 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                sip.Pacer.Tick();
                sip.Time.Advance(TimeSpan.FromMilliseconds(500));
                Thread.Sleep(10);
            }

            for (var call = 0; call < 3; call++)
            {
                var toInvite = sip.Sent.Select(s => s.Message).Where(m => m.CallId == $"call-{call}" && m.CSeqNumber == 1 && m.CSeqMethod == "INVITE").ToList();
                var finals = toInvite.Where(m => m.StatusCode >= 200).Select(m => m.StatusCode).Distinct().ToList();
                var tags = toInvite.Where(m => m.StatusCode > 100).Select(m => m.ToTag).Distinct().ToList();
                if (finals.Count > 1 || tags.Count > 1)
                {
                    return false;
                }
            }

            return sip.Agent.ActiveCalls == 0;
        }, iter: 60, threads: 1);
    }

    private static void Apply(SipHarness sip, int call, Step kind)
    {
        var callId = $"call-{call}";
        var last = sip.Sent.Select(s => s.Message).LastOrDefault(m => m.CallId == callId && m.CSeqMethod == "INVITE" && m.StatusCode > 100);
        switch (kind)
        {
            case Step.Invite:
                sip.Receive(SipSamples.Invite(callId: callId, branch: $"z9hG4bK-{call}", body: sip.Offer()));
                break;
            case Step.Ack when last is not null:
                sip.Receive(SipHarness.Ack(last, branch: last.StatusCode >= 300 ? $"z9hG4bK-{call}" : "z9hG4bK-ack-" + call));
                break;
            case Step.Cancel:
                sip.Receive(SipSamples.Invite(callId: callId, branch: $"z9hG4bK-{call}", body: string.Empty)
                    .Replace("INVITE sip", "CANCEL sip", StringComparison.Ordinal).Replace("CSeq: 1 INVITE", "CSeq: 1 CANCEL", StringComparison.Ordinal));
                break;
            case Step.Bye when last is not null:
                sip.Receive(SipHarness.InDialog("BYE", last, 9, "z9hG4bK-bye-" + call));
                break;
            case Step.Info when last is not null:
                sip.Receive(SipHarness.InDialog("INFO", last, 5, "z9hG4bK-info-" + call, "application/dtmf-relay", "Signal=1\r\n"));
                break;
            case Step.Tick:
                sip.Pacer.Tick();
                break;
            case Step.Time:
                sip.Time.Advance(TimeSpan.FromMilliseconds(700));
                break;
        }
    }

    private sealed class Script : ICallScript
    {
        public async Task RunAsync(IVoiceCall call, CancellationToken cancellationToken)
        {
            while (await call.ReadDigitAsync(TimeSpan.FromMinutes(10), cancellationToken) is not null)
            {
            }
        }
    }
}
