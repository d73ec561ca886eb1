using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Hosting;
using CallWarden.Voice.Media;
using CallWarden.Voice.Sip;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Voice.Tests.Sip;

/// <summary>
/// The user agent with a recording transport, fake time (timers), a pacer ticked by hand and a real
/// UDP socket as the phone's RTP port. The router is the test's.
/// </summary>
internal sealed class SipHarness : IDisposable
{
    public static readonly IPEndPoint Phone = new(IPAddress.Loopback, 5061);
    public static readonly IPEndPoint Proxy = new(IPAddress.Parse("127.0.0.2"), 5060);

    private readonly List<(SipMessage Message, IPEndPoint To)> _sent = [];
    private static int _nextPorts = 26000;

    public SipHarness(Func<IncomingCall, CallPlan> route, int maxCalls = 10)
    {
        Router = new TestRouter(route);
        var ports = Interlocked.Add(ref _nextPorts, 20) - 20;
        Options = new VoiceOptions { Enabled = true, MaxCalls = maxCalls, RtpPortMin = ports, RtpPortMax = ports + 19, TrustedProxies = ["127.0.0.2"] };
        Pacer = new RtpPacer(Time, manual: true);
        Agent = new SipUserAgent(new Recorder(this), Router, Options, new RtpPortPool(IPAddress.Loopback, ports, ports + 19), Pacer, Time, NullLogger.Instance);
        RtpPhone.Client.ReceiveTimeout = 2000;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    public VoiceOptions Options { get; }

    public RtpPacer Pacer { get; }

    public SipUserAgent Agent { get; }

    public TestRouter Router { get; }

    /// <summary>The phone's RTP socket; offers name its port.</summary>
    public UdpClient RtpPhone { get; } = new(new IPEndPoint(IPAddress.Loopback, 0));

    public int RtpPhonePort => ((IPEndPoint)RtpPhone.Client.LocalEndPoint!).Port;

    public string Offer(string formats = "0 8 101") =>
        $"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {RtpPhonePort} RTP/AVP {formats}\r\na=rtpmap:101 telephone-event/8000\r\n";

    public List<(SipMessage Message, IPEndPoint To)> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public void Receive(string text, IPEndPoint? from = null) => Agent.Receive(Encoding.UTF8.GetBytes(text), from ?? Phone);

    /// <summary>Waits (real time, the router runs on the pool) until a sent message matches; returns it.</summary>
    public async Task<SipMessage> WaitForAsync(Func<SipMessage, bool> match, int count = 1)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var found = Sent.Select(s => s.Message).Where(match).ToList();
            if (found.Count >= count)
            {
                return found[count - 1];
            }

            await Task.Delay(5);
        }

        throw new Xunit.Sdk.XunitException("not sent within 10 s; sent: " + string.Join(" | ", Sent.Select(s => s.Message.ToString())));
    }

    public int Count(Func<SipMessage, bool> match) => Sent.Count(s => match(s.Message));

    /// <summary>An RTP packet the phone received: header and payload.</summary>
    public (RtpHeader Header, byte[] Payload) ReceiveRtp()
    {
        IPEndPoint? from = null;
        var packet = RtpPhone.Receive(ref from);
        Assert.True(RtpPacket.TryRead(packet, out var header, out var offset, out var length));
        return (header, packet[offset..(offset + length)]);
    }

    public static string Ack(SipMessage response, string branch = "z9hG4bK-ack") =>
        $"ACK sip:12321@127.0.0.1:5080 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch={branch}\r\nMax-Forwards: 70\r\n"
        + $"From: {response["From"]}\r\nTo: {response["To"]}\r\nCall-ID: {response.CallId}\r\nCSeq: {response.CSeqNumber} ACK\r\nContent-Length: 0\r\n\r\n";

    public static string InDialog(string method, SipMessage response, int cseq, string branch, string contentType = "", string body = "") =>
        $"{method} sip:12321@127.0.0.1:5080 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch={branch}\r\nMax-Forwards: 70\r\n"
        + $"From: {response["From"]}\r\nTo: {response["To"]}\r\nCall-ID: {response.CallId}\r\nCSeq: {cseq} {method}\r\n"
        + (contentType.Length > 0 ? $"Content-Type: {contentType}\r\n" : string.Empty)
        + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    public void Dispose()
    {
        Agent.Dispose();
        Pacer.Dispose();
        RtpPhone.Dispose();
    }

    internal sealed class TestRouter(Func<IncomingCall, CallPlan> route) : ICallRouter
    {
        public List<IncomingCall> Calls { get; } = [];

        public CallPlan Route(IncomingCall call)
        {
            lock (Calls)
            {
                Calls.Add(call);
            }

            return route(call);
        }
    }

    private sealed class Recorder(SipHarness harness) : ISipTransport
    {
        public IPEndPoint Local { get; } = new(IPAddress.Loopback, 5080);

        public void Send(ReadOnlySpan<byte> datagram, IPEndPoint destination)
        {
            var parsed = SipParser.Parse(datagram);
            // A 400 copies the bad header it answers; everything else the agent sends must read back.
            Assert.True(parsed.IsValid || parsed.Message?.StatusCode == 400, parsed.Error);
            lock (harness._sent)
            {
                harness._sent.Add((parsed.Message!, destination));
            }
        }
    }
}
