using System.Net;
using System.Net.Sockets;
using CallWarden.Voice.Sip;

namespace CallWarden.Voice.Hosting;

/// <summary>The voice service's one SIP socket.</summary>
internal sealed class UdpSipTransport : ISipTransport, IDisposable
{
    public UdpSipTransport(IPEndPoint listen)
    {
        Socket = new Socket(listen.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 1 << 20, SendBufferSize = 1 << 20 };
        Socket.Bind(listen);
        Local = (IPEndPoint)Socket.LocalEndPoint!;
    }

    public Socket Socket { get; }

    public IPEndPoint Local { get; }

    public void Send(ReadOnlySpan<byte> datagram, IPEndPoint destination)
    {
        try
        {
            Socket.SendTo(datagram, SocketFlags.None, destination);
        }
        catch (SocketException)
        {
            // An unreachable peer is the peer's problem; the transaction's timers decide what follows.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => Socket.Dispose();
}
