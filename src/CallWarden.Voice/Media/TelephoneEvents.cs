namespace CallWarden.Voice.Media;

/// <summary>
/// Keys from RFC 4733 telephone-events, one per event. An event is its RTP timestamp: its start,
/// its updates and the end packet with its three retransmissions all carry the same one, so only the
/// first packet of a timestamp yields the key. A sender that replays the same capture twice (same
/// timestamp) starts the second press with the marker bit after the first has ended; that counts too.
/// </summary>
internal sealed class TelephoneEvents
{
    private const string Keys = "0123456789*#ABCD";

    private bool _any;
    private uint _ssrc;
    private uint _timestamp;
    private bool _ended;

    /// <summary>The key this packet starts, or null (a repeat of a known event, a non-key event, a short payload).</summary>
    public char? Accept(in RtpHeader header, ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 4)
        {
            return null;
        }

        var end = (payload[1] & 0x80) != 0;
        var isNew = !_any || header.Ssrc != _ssrc || header.Timestamp != _timestamp || (header.Marker && _ended && !end);
        if (!isNew)
        {
            _ended |= end;
            return null;
        }

        _any = true;
        _ssrc = header.Ssrc;
        _timestamp = header.Timestamp;
        _ended = end;
        return payload[0] < Keys.Length ? Keys[payload[0]] : null;
    }
}
