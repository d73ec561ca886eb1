using System.Net;
using System.Net.Sockets;

namespace CallWarden.Voice.Media;

/// <summary>RTP ports from the configured range: even ones (RFC 3550 section 11), the next free one after the last handed out.</summary>
internal sealed class RtpPortPool
{
    private readonly IPAddress _address;
    private readonly int _min;
    private readonly int _max;
    private readonly object _gate = new();
    private int _next;

    public RtpPortPool(IPAddress address, int min, int max)
    {
        _address = address;
        _min = min + (min % 2);
        _max = max;
        _next = _min;
    }

    /// <summary>A bound socket on a free port of the range, or null when every port is taken.</summary>
    public RtpStream? Open()
    {
        lock (_gate)
        {
            var count = ((_max - _min) / 2) + 1;
            for (var i = 0; i < count; i++)
            {
                var port = _next;
                _next = _next + 2 > _max ? _min : _next + 2;
                var socket = new Socket(_address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                try
                {
                    socket.Bind(new IPEndPoint(_address, port));
                    return new RtpStream(socket, port);
                }
                catch (SocketException)
                {
                    socket.Dispose();
                }
            }

            return null;
        }
    }
}
