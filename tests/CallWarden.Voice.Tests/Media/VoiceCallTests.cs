using System.Net;
using System.Net.Sockets;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Media;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Voice.Tests.Media;

public sealed class VoiceCallTests : IDisposable
{
    private static readonly AudioClip Clip = new("clip", new byte[480], Enumerable.Repeat((byte)0x55, 480).ToArray());

    private readonly FakeTimeProvider _time = new();
    private readonly CancellationTokenSource _ended = new();
    private readonly RtpStream _stream;
    private readonly VoiceCall _call;
    private readonly UdpClient _phone = new(new IPEndPoint(IPAddress.Loopback, 0));

    public VoiceCallTests()
    {
        _stream = new RtpStream(new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp), 0)
        {
            Law = G711Law.Pcma,
            PayloadType = 8,
            Remote = (IPEndPoint)_phone.Client.LocalEndPoint!,
        };
        _call = new VoiceCall(new IncomingCall("c", "12321", null, null, new IPEndPoint(IPAddress.Loopback, 5061)), _stream, _time, _ended.Token);
    }

    [Fact]
    public async Task Play_completes_when_the_last_packet_of_the_agreed_law_is_sent()
    {
        var playing = _call.PlayAsync([Clip], interruptible: false, TestContext.Current.CancellationToken);

        _stream.Tick();
        _stream.Tick();
        Assert.False(playing.IsCompleted);
        _stream.Tick();
        await playing.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        IPEndPoint? from = null;
        Assert.Equal(0x55, _phone.Receive(ref from)[^1]);
    }

    [Fact]
    public async Task A_key_interrupts_an_interruptible_prompt_and_stays_readable()
    {
        var playing = _call.PlayAsync([Clip, Clip], interruptible: true, TestContext.Current.CancellationToken);
        _stream.Tick();

        _call.Key('3');

        await playing.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal('3', await _call.ReadDigitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_key_does_not_interrupt_a_prompt_that_must_be_heard()
    {
        var playing = _call.PlayAsync([Clip], interruptible: false, TestContext.Current.CancellationToken);

        _call.Key('3');
        _stream.Tick();

        Assert.False(playing.IsCompleted);
        _stream.Tick();
        _stream.Tick();
        await playing.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Reading_a_key_times_out_on_the_injected_clock_with_null()
    {
        var reading = _call.ReadDigitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(reading.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await reading.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Keys_are_read_in_order_and_can_be_discarded()
    {
        _call.Key('1');
        _call.Key('2');
        Assert.Equal('1', await _call.ReadDigitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));

        _call.DiscardDigits();
        _call.Key('9');

        Assert.Equal('9', await _call.ReadDigitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_hang_up_cancels_playing_and_reading()
    {
        var playing = _call.PlayAsync([Clip], interruptible: false, TestContext.Current.CancellationToken);
        var reading = _call.ReadDigitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        await _ended.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => playing);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task Telephone_events_received_on_the_rtp_port_become_keys()
    {
        _stream.TelephoneEventType = 101;
        var packet = new byte[16];
        RtpPacket.Write(packet, new RtpHeader(101, true, 1, 1000, 7), [4, 0x0A, 0, 0]);

        _stream.Received(packet);
        _stream.Received(packet);

        Assert.Equal('4', await _call.ReadDigitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken));
        Assert.Null(await _call.ReadDigitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _stream.Dispose();
        _phone.Dispose();
        _ended.Dispose();
    }
}
