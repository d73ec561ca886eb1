using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallWarden.Bench.Voice;

/// <summary>
/// The callers' RTP ports, owned by the bench: one socket per port of a range (each call's SDP names
/// one), read by one thread that polls them all and stamps each packet when it reads it. A stream is a
/// port and an SSRC; the pacing error of a packet is how far its gap to the stream's previous packet
/// (consecutive sequence numbers only) is from the previous packet's duration (G.711: bytes / 8 ms).
/// </summary>
internal sealed class RtpReceiver : IDisposable
{
    private readonly List<Socket> _sockets = [];
    private readonly Thread _thread;
    private readonly Dictionary<(int Port, uint Ssrc), (long At, ushort Sequence, int Bytes)> _last = [];
    private readonly List<double> _errors = [];
    private volatile bool _stopping;
    private long _packets;
    private long _gaps;

    public RtpReceiver(int firstPort, int count)
    {
        for (var port = firstPort; port < firstPort + count; port++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 1 << 18 };
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            _sockets.Add(socket);
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "bench RTP receiver", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>Forgets what was measured (between warm-up and measurement, and between the two sides).</summary>
    public void Reset()
    {
        lock (_errors)
        {
            _errors.Clear();
            _last.Clear();
            _packets = 0;
            _gaps = 0;
        }
    }

    public RtpFigures Figures()
    {
        lock (_errors)
        {
            var sorted = _errors.Order().ToArray();
            double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            return new RtpFigures(_packets, _last.Count, _gaps, At(0.5), At(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join(TimeSpan.FromSeconds(2));
        _sockets.ForEach(s => s.Dispose());
    }

    private void Run()
    {
        var buffer = new byte[2048];
        var readable = new List<Socket>(_sockets.Count);
        var ticksPerMs = Stopwatch.Frequency / 1000.0;
        while (!_stopping)
        {
            readable.Clear();
            readable.AddRange(_sockets);
            Socket.Select(readable, null, null, 100_000);
            foreach (var socket in readable)
            {
                while (socket.Available > 0)
                {
                    var length = socket.Receive(buffer);
                    var at = Stopwatch.GetTimestamp();
                    if (length < 12 || buffer[0] >> 6 != 2)
                    {
                        continue;
                    }

                    var key = (((IPEndPoint)socket.LocalEndPoint!).Port, BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(8)));
                    var sequence = BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(2));
                    lock (_errors)
                    {
                        _packets++;
                        if (_last.TryGetValue(key, out var previous))
                        {
                            if (sequence == (ushort)(previous.Sequence + 1))
                            {
                                var gap = (at - previous.At) / ticksPerMs;
                                _errors.Add(Math.Abs(gap - (previous.Bytes / 8.0)));
                            }
                            else if (sequence != previous.Sequence)
                            {
                                _gaps++;
                            }
                        }

                        _last[key] = (at, sequence, length - 12);
                    }
                }
            }
        }
    }
}

/// <summary>What the receiver saw: packets, streams, sequence gaps, and the pacing error in ms.</summary>
internal sealed record RtpFigures(long Packets, int Streams, long SequenceGaps, double P50, double P99, double Max);
