using System.Net;

namespace CallWarden.Voice.Sip;

/// <summary>Where the user agent's datagrams go: the UDP socket in service, a recorder in tests.</summary>
internal interface ISipTransport
{
    /// <summary>The address and port the service listens on (Via, Contact and SDP name it).</summary>
    IPEndPoint Local { get; }

    void Send(ReadOnlySpan<byte> datagram, IPEndPoint destination);
}
