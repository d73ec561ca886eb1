using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace CallWarden.Voice.Media;

/// <summary>
/// One call's RTP: its own port (the socket it sends from and receives on), what it sends next
/// (queued audio, else silence while <see cref="SendsSilence"/>), and the keys it receives as
/// telephone-events. It sends only when <see cref="RtpPacer"/> ticks it, every 20 ms.
/// </summary>
internal sealed class RtpStream : IDisposable
{
    public const int SamplesPerPacket = 160;

    private readonly Socket _socket;
    private readonly Queue<Playback> _queue = new();
    private readonly TelephoneEvents _events = new();
    private readonly CancellationTokenSource _closed = new();
    private readonly byte[] _packet = new byte[RtpPacket.HeaderLength + SamplesPerPacket];
    private readonly uint _ssrc;
    private ushort _sequence;
    private uint _timestamp;
    private bool _started;

    public RtpStream(Socket socket, int localPort)
    {
        _socket = socket;
        LocalPort = localPort;
        _ssrc = (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
        _sequence = (ushort)RandomNumberGenerator.GetInt32(0, 65536);
        _timestamp = (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
    }

    public int LocalPort { get; }

    private SocketAddress? _remoteAddress;
    private IPEndPoint? _remote;

    /// <summary>Where packets go; null while the other side receives nothing (hold, inactive).</summary>
    public IPEndPoint? Remote
    {
        get => _remote;
        set
        {
            // Serialized once: a send per packet to an EndPoint would allocate its address every time.
            lock (_queue)
            {
                _remote = value;
                _remoteAddress = value?.Serialize();
            }
        }
    }

    public G711Law Law { get; set; }

    public byte PayloadType { get; set; }

    /// <summary>telephone-event's agreed payload type, or -1 when the offer had none.</summary>
    public int TelephoneEventType { get; set; } = -1;

    /// <summary>An answered call sends silence between prompts; an announcement sends only its clips.</summary>
    public bool SendsSilence { get; set; }

    /// <summary>Called with each key received, on the receiving thread.</summary>
    public Action<char>? KeyReceived { get; set; }

    public uint Ssrc => _ssrc;

    /// <summary>Queues audio (already in <see cref="Law"/>); the task completes when its last byte is sent or it is cut off.</summary>
    public Task Enqueue(ReadOnlyMemory<byte> audio)
    {
        var playback = new Playback(audio);
        lock (_queue)
        {
            _queue.Enqueue(playback);
        }

        return playback.Done.Task;
    }

    /// <summary>Drops everything queued; their tasks complete (a cut-off prompt counts as played).</summary>
    public void Flush()
    {
        Playback[] dropped;
        lock (_queue)
        {
            dropped = [.. _queue];
            _queue.Clear();
        }

        foreach (var playback in dropped)
        {
            playback.Done.TrySetResult();
        }
    }

    /// <summary>Sends this stream's next packet: 160 samples (the end of a clip may be fewer) with timestamp +160 per tick.</summary>
    public void Tick()
    {
        Playback? finished = null;
        int length;
        lock (_queue)
        {
            var remote = _remoteAddress;
            if (_queue.TryPeek(out var playback))
            {
                var chunk = playback.Audio.Span.Slice(playback.Offset, Math.Min(SamplesPerPacket, playback.Audio.Length - playback.Offset));
                playback.Offset += chunk.Length;
                if (playback.Offset >= playback.Audio.Length)
                {
                    _queue.Dequeue();
                    finished = playback;
                }

                length = Write(chunk);
            }
            else if (SendsSilence)
            {
                Span<byte> silence = stackalloc byte[SamplesPerPacket];
                silence.Fill(Law == G711Law.Pcmu ? (byte)0xFF : (byte)0xD5);
                length = Write(silence);
            }
            else
            {
                length = 0;
            }

            _timestamp += SamplesPerPacket;
            if (length > 0 && remote is not null && !_closed.IsCancellationRequested)
            {
                try
                {
                    _socket.SendTo(_packet.AsSpan(0, length), SocketFlags.None, remote);
                }
                catch (SocketException)
                {
                    // A vanished phone (ICMP unreachable) must not stop the other calls' packets.
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }

        finished?.Done.TrySetResult();
    }

    /// <summary>
    /// Receives until disposed: telephone-events become keys; other packets (the caller's voice, 50 a
    /// second) are read and dropped without allocating (the sender's address is not needed).
    /// </summary>
    public async Task ReceiveAsync()
    {
        var buffer = new byte[2048];
        while (!_closed.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await _socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, _closed.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            Received(buffer.AsSpan(0, received));
        }
    }

    /// <summary>One received datagram (the receive loop's body, also used by tests).</summary>
    public void Received(ReadOnlySpan<byte> datagram)
    {
        if (TelephoneEventType < 0 || !RtpPacket.TryRead(datagram, out var header, out var offset, out var length) || header.PayloadType != TelephoneEventType)
        {
            return;
        }

        if (_events.Accept(header, datagram.Slice(offset, length)) is { } key)
        {
            KeyReceived?.Invoke(key);
        }
    }

    public void Dispose()
    {
        _closed.Cancel();
        Flush();
        _socket.Dispose();
        _closed.Dispose();
    }

    private int Write(ReadOnlySpan<byte> payload)
    {
        var length = RtpPacket.Write(_packet, new RtpHeader(PayloadType, !_started, _sequence, _timestamp, _ssrc), payload);
        _started = true;
        _sequence++;
        return length;
    }

    private sealed class Playback(ReadOnlyMemory<byte> audio)
    {
        public ReadOnlyMemory<byte> Audio { get; } = audio;

        public int Offset { get; set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
