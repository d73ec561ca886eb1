using System.Net;
using System.Net.Sockets;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Tests.Media;

public sealed class RtpPortPoolTests
{
    [Fact]
    public void Even_ports_are_handed_out_in_turn_skipping_taken_ones_until_none_is_left()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 26952));
        var pool = new RtpPortPool(IPAddress.Loopback, 26949, 26956);

        using var first = pool.Open();
        using var second = pool.Open();
        using var third = pool.Open();
        using var none = pool.Open();

        Assert.Equal([26950, 26954, 26956], new[] { first!.LocalPort, second!.LocalPort, third!.LocalPort });
        Assert.Null(none);
    }

    [Fact]
    public void The_pacer_ticks_every_stream_it_holds_and_none_it_let_go()
    {
        using var phone = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var pacer = new RtpPacer(TimeProvider.System, manual: true);
        var pool = new RtpPortPool(IPAddress.Loopback, 26960, 26969);
        using var a = pool.Open()!;
        using var b = pool.Open()!;
        foreach (var stream in new[] { a, b })
        {
            stream.SendsSilence = true;
            stream.Remote = (IPEndPoint)phone.Client.LocalEndPoint!;
            pacer.Add(stream);
        }

        pacer.Tick();
        pacer.Remove(a);
        pacer.Tick();

        Assert.Equal(1, pacer.Count);
        var sources = new List<int>();
        phone.Client.ReceiveTimeout = 2000;
        for (var i = 0; i < 3; i++)
        {
            IPEndPoint? from = null;
            phone.Receive(ref from);
            sources.Add(from!.Port);
        }

        Assert.Equal([a.LocalPort, b.LocalPort, b.LocalPort], sources.Order());
        Assert.Equal(0, phone.Available);
    }
}
