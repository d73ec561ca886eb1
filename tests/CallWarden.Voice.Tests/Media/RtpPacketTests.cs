using CallWarden.Voice.Media;
using CsCheck;

namespace CallWarden.Voice.Tests.Media;

public sealed class RtpPacketTests
{
    [Fact]
    public void A_written_packet_reads_back()
    {
        var packet = new byte[RtpPacket.HeaderLength + 3];
        var header = new RtpHeader(101, true, 65535, uint.MaxValue, 0xDEADBEEF);

        var length = RtpPacket.Write(packet, header, [1, 2, 3]);

        Assert.True(RtpPacket.TryRead(packet.AsSpan(0, length), out var read, out var offset, out var payloadLength));
        Assert.Equal(header, read);
        Assert.Equal((12, 3), (offset, payloadLength));
        Assert.Equal(0x80, packet[0]);
        Assert.Equal(0x80 | 101, packet[1]);
    }

    [Fact]
    public void Csrcs_extensions_and_padding_are_skipped()
    {
        // V=2 P=1 X=1 CC=1, PT 0; one CSRC; an extension of one word; payload AA BB; two bytes of padding.
        byte[] packet = [0xB1, 0x00, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 9, 9, 9, 9, 0xBE, 0xDE, 0, 1, 7, 7, 7, 7, 0xAA, 0xBB, 0, 2];

        Assert.True(RtpPacket.TryRead(packet, out _, out var offset, out var length));
        Assert.Equal([0xAA, 0xBB], packet[offset..(offset + length)]);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x80, 0, 0 })]
    [InlineData(new byte[] { 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x8F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 200 })]
    public void Empty_short_and_inconsistent_packets_are_refused(byte[] packet) => Assert.False(RtpPacket.TryRead(packet, out _, out _, out _));

    [Fact]
    public void Any_bytes_are_read_within_the_packet_or_refused()
    {
        Gen.Byte.Array[0, 200].Sample(bytes => !RtpPacket.TryRead(bytes, out _, out var offset, out var length) || (offset >= 12 && length >= 0 && offset + length <= bytes.Length));
    }
}
