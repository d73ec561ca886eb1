using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallWarden.System.Tests.Voice;

/// <summary>The calling phone's RTP port, owned by the test: every packet it receives, with its arrival time.</summary>
internal sealed class RtpPhone : IDisposable
{
    private readonly UdpClient _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(TimeSpan At, byte[] Packet)> _packets = [];
    private readonly Task _receiving;

    public RtpPhone(int port)
    {
        _socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
        _receiving = ReceiveAsync();
    }

    public List<(TimeSpan At, byte[] Packet)> Packets
    {
        get
        {
            lock (_packets)
            {
                return [.. _packets];
            }
        }
    }

    /// <summary>The payloads in sequence-number order (RFC 3550 header of 12 bytes: the service writes no CSRC or extension).</summary>
    public byte[] Payload() => [.. Packets.OrderBy(p => BinaryPrimitives.ReadUInt16BigEndian(p.Packet.AsSpan(2))).SelectMany(p => p.Packet[12..])];

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        try
        {
            _receiving.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var clock = Stopwatch.StartNew();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var received = await _socket.ReceiveAsync(_stop.Token);
                lock (_packets)
                {
                    _packets.Add((clock.Elapsed, received.Buffer));
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }
}
