using System.Net;
using System.Text;
using CallWarden.Voice.Media;
using CallWarden.Voice.Sdp;
using CsCheck;

namespace CallWarden.Voice.Tests.Sdp;

public sealed class SdpNegotiationTests
{
    private static SdpSession Offer(string media, string connection = "c=IN IP4 192.0.2.10\r\n")
    {
        var (session, error) = SdpParser.Parse(Encoding.UTF8.GetBytes("v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\n" + connection + "t=0 0\r\n" + media));
        Assert.True(session is not null, error);
        return session;
    }

    private static MediaAgreement Agree(SdpSession offer)
    {
        var (agreement, refusal) = SdpNegotiation.Answer(offer, IPAddress.Loopback, 20002, 42, 1);
        Assert.True(agreement is not null, refusal);
        return agreement;
    }

    private static string Text(MediaAgreement agreement) => Encoding.ASCII.GetString(agreement.AnswerSdp);

    [Fact]
    public void The_offers_first_g711_law_is_chosen_with_its_telephone_event_type()
    {
        var agreement = Agree(Offer("m=audio 16000 RTP/AVP 18 8 0 96\r\na=rtpmap:18 G729/8000\r\na=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-16\r\n"));

        Assert.Equal(G711Law.Pcma, agreement.Law);
        Assert.Equal(8, agreement.PayloadType);
        Assert.Equal(96, agreement.TelephoneEvent);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.0.2.10"), 16000), agreement.Remote);
        var text = Text(agreement);
        Assert.Contains("m=audio 20002 RTP/AVP 8 96\r\n", text, StringComparison.Ordinal);
        Assert.Contains("a=rtpmap:8 PCMA/8000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("a=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-15\r\n", text, StringComparison.Ordinal);
        Assert.Contains("a=ptime:20\r\na=sendrecv\r\n", text, StringComparison.Ordinal);
        Assert.Contains("c=IN IP4 127.0.0.1\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_telephone_event_in_the_offer_the_answer_has_none()
    {
        var agreement = Agree(Offer("m=audio 16000 RTP/AVP 0\r\n"));

        Assert.Equal(G711Law.Pcmu, agreement.Law);
        Assert.Null(agreement.TelephoneEvent);
        Assert.DoesNotContain("telephone-event", Text(agreement), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dynamic_type_named_pcmu_is_answered_with_that_type()
    {
        var agreement = Agree(Offer("m=audio 16000 RTP/AVP 110\r\na=rtpmap:110 pcmu/8000\r\n"));

        Assert.Equal((G711Law.Pcmu, 110), (agreement.Law, agreement.PayloadType));
    }

    [Fact]
    public void No_common_codec_is_refused()
    {
        var (agreement, refusal) = SdpNegotiation.Answer(Offer("m=audio 16000 RTP/AVP 18 9\r\n"), IPAddress.Loopback, 20002, 1, 1);

        Assert.Null(agreement);
        Assert.Equal("no audio stream offers PCMU or PCMA", refusal);
    }

    [Fact]
    public void Other_streams_are_refused_with_port_zero_in_their_place()
    {
        var agreement = Agree(Offer("m=video 17000 RTP/AVP 96\r\nm=audio 0 RTP/AVP 0\r\nm=audio 16000 RTP/AVP 0\r\n"));

        var answer = SdpParser.Parse(agreement.AnswerSdp).Session!;
        Assert.Equal([0, 0, 20002], answer.Media.Select(m => m.Port));
    }

    [Theory]
    [InlineData("a=sendonly\r\n", "recvonly", false, true)]
    [InlineData("a=recvonly\r\n", "sendonly", true, false)]
    [InlineData("a=inactive\r\n", "inactive", false, false)]
    public void The_direction_mirrors_the_offer(string attribute, string answered, bool weSend, bool weReceive)
    {
        var agreement = Agree(Offer("m=audio 16000 RTP/AVP 0\r\n" + attribute));

        Assert.Contains($"a={answered}\r\n", Text(agreement), StringComparison.Ordinal);
        Assert.Equal((weSend, weReceive), (agreement.WeSend, agreement.WeReceive));
    }

    [Fact]
    public void Hold_with_address_zero_sends_nothing()
    {
        var agreement = Agree(Offer("m=audio 16000 RTP/AVP 0\r\n", "c=IN IP4 0.0.0.0\r\n"));

        Assert.Null(agreement.Remote);
        Assert.False(agreement.WeSend);
        Assert.Contains("a=recvonly\r\n", Text(agreement), StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_level_direction_applies_to_media_without_their_own()
    {
        var agreement = Agree(Offer("a=sendonly\r\nm=audio 16000 RTP/AVP 0\r\n"));

        Assert.False(agreement.WeSend);
    }

    [Fact]
    public void Any_parsed_offer_gets_an_answer_that_reads_back_or_a_refusal()
    {
        var media = Gen.OneOf("0", "8", "18", "96", "101", "x").Array[1, 5].Select(f => string.Join(' ', f));
        Gen.Select(media, Gen.OneOf("", "a=sendonly\r\n", "a=inactive\r\n"), Gen.OneOf("RTP/AVP", "RTP/SAVP")).Sample((formats, direction, proto) =>
        {
            var offer = Offer($"m=audio 16000 {proto} {formats}\r\na=rtpmap:101 telephone-event/8000\r\n{direction}");
            var (agreement, refusal) = SdpNegotiation.Answer(offer, IPAddress.Loopback, 20002, 1, 1);
            return agreement is null ? refusal is not null : SdpParser.Parse(agreement.AnswerSdp).Session?.Media.Count == 1;
        });
    }
}
