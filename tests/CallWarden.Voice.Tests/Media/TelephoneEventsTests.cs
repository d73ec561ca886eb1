using CallWarden.Voice.Media;

namespace CallWarden.Voice.Tests.Media;

public sealed class TelephoneEventsTests
{
    /// <summary>One press as SIPp's dtmf_2833_&lt;d&gt;.pcap carries it: start with marker, updates, three end packets.</summary>
    private static IEnumerable<(RtpHeader, byte[])> Press(byte digit, uint timestamp, ushort sequence)
    {
        for (var i = 0; i < 7; i++)
        {
            yield return (new RtpHeader(101, i == 0, (ushort)(sequence + i), timestamp, 0x0E05384E), [digit, 0x0A, 0, (byte)(i * 40)]);
        }

        for (var i = 0; i < 3; i++)
        {
            yield return (new RtpHeader(101, false, (ushort)(sequence + 7), timestamp, 0x0E05384E), [digit, 0x8A, 0x08, 0xC0]);
        }
    }

    private static List<char> Keys(IEnumerable<(RtpHeader Header, byte[] Payload)> packets)
    {
        var events = new TelephoneEvents();
        return [.. packets.Select(p => events.Accept(p.Header, p.Payload)).Where(k => k is not null).Select(k => k!.Value)];
    }

    [Fact]
    public void Each_press_is_one_key_whatever_its_updates_and_end_retransmissions()
    {
        var keys = Keys(Press(1, 13280, 7984).Concat(Press(5, 43200, 8155)).Concat(Press(11, 50000, 9000)));

        Assert.Equal(['1', '5', '#'], keys);
    }

    [Fact]
    public void The_same_capture_replayed_is_a_second_press()
    {
        Assert.Equal(['1', '1'], Keys(Press(1, 13280, 7984).Concat(Press(1, 13280, 7984))));
    }

    [Fact]
    public void A_press_whose_start_was_lost_still_counts_once()
    {
        Assert.Equal(['7'], Keys(Press(7, 100, 1).Skip(7)));
    }

    [Fact]
    public void Events_that_are_not_keys_and_short_payloads_give_nothing()
    {
        var events = new TelephoneEvents();

        Assert.Null(events.Accept(new RtpHeader(101, true, 1, 1, 1), [16, 0, 0, 0]));
        Assert.Null(events.Accept(new RtpHeader(101, true, 2, 2, 1), [1, 0]));
        Assert.Null(events.Accept(new RtpHeader(101, true, 2, 3, 1), []));
    }
}
