using System.Buffers.Binary;

namespace CallWarden.Voice.Media;

/// <summary>RTP packets (RFC 3550): version 2, no CSRC or extension when written; any valid shape when read.</summary>
internal static class RtpPacket
{
    public const int HeaderLength = 12;

    /// <summary>Writes header and payload into <paramref name="packet"/>; returns the packet's length.</summary>
    public static int Write(Span<byte> packet, in RtpHeader header, ReadOnlySpan<byte> payload)
    {
        packet[0] = 0x80;
        packet[1] = (byte)((header.Marker ? 0x80 : 0) | (header.PayloadType & 0x7F));
        BinaryPrimitives.WriteUInt16BigEndian(packet[2..], header.Sequence);
        BinaryPrimitives.WriteUInt32BigEndian(packet[4..], header.Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(packet[8..], header.Ssrc);
        payload.CopyTo(packet[HeaderLength..]);
        return HeaderLength + payload.Length;
    }

    /// <summary>Reads a packet; false for anything that is not RTP version 2 with consistent CSRC, extension and padding lengths.</summary>
    public static bool TryRead(ReadOnlySpan<byte> packet, out RtpHeader header, out int payloadOffset, out int payloadLength)
    {
        header = default;
        payloadOffset = payloadLength = 0;
        if (packet.Length < HeaderLength || packet[0] >> 6 != 2)
        {
            return false;
        }

        var offset = HeaderLength + ((packet[0] & 0x0F) * 4);
        if ((packet[0] & 0x10) != 0)
        {
            if (packet.Length < offset + 4)
            {
                return false;
            }

            offset += 4 + (BinaryPrimitives.ReadUInt16BigEndian(packet[(offset + 2)..]) * 4);
        }

        var end = packet.Length;
        if ((packet[0] & 0x20) != 0)
        {
            end -= packet[^1];
        }

        if (offset > end || (packet[0] & 0x20) != 0 && packet[^1] == 0)
        {
            return false;
        }

        header = new RtpHeader((byte)(packet[1] & 0x7F), (packet[1] & 0x80) != 0, BinaryPrimitives.ReadUInt16BigEndian(packet[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(packet[4..]), BinaryPrimitives.ReadUInt32BigEndian(packet[8..]));
        payloadOffset = offset;
        payloadLength = end - offset;
        return true;
    }
}
