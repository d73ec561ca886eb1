using System.Net;
using System.Text;
using CallWarden.Voice.Sdp;
using CsCheck;

namespace CallWarden.Voice.Tests.Sdp;

public sealed class SdpParserTests
{
    private static (SdpSession? Session, string? Error) Parse(string text) => SdpParser.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_offer_is_read_with_its_maps_and_media_connection()
    {
        var (session, error) = Parse("v=0\no=alice 1 1 IN IP4 10.0.0.1\ns=电话 ☎\nc=IN IP4 10.0.0.1\nt=0 0\nm=audio 49170/2 RTP/AVP 0 101\nc=IN IP4 10.0.0.2/127\na=rtpmap:101 telephone-event/8000\na=fmtp:101 0-16\na=sendonly\n");

        Assert.Null(error);
        var audio = Assert.Single(session!.Media);
        Assert.Equal(("audio", 49170, "RTP/AVP"), (audio.Kind, audio.Port, audio.Protocol));
        Assert.Equal(["0", "101"], audio.Formats);
        Assert.Equal("telephone-event/8000", audio.RtpMaps[101]);
        Assert.Equal("0-16", audio.Fmtps[101]);
        Assert.Equal(SdpDirection.SendOnly, audio.Direction);
        Assert.Equal(IPAddress.Parse("10.0.0.2"), audio.Connection);
    }

    [Theory]
    [InlineData("", "no SDP")]
    [InlineData("v=1\r\n", "SDP does not start with v=0")]
    [InlineData("v=0\r\no=x\r\n", "no m= line")]
    [InlineData("v=0\r\nm=audio 1 RTP/AVP 0\r\n", "no o= line")]
    [InlineData("v=0\r\no=x\r\nm=audio port RTP/AVP 0\r\n", "bad m= line")]
    [InlineData("v=0\r\no=x\r\nm=audio 70000 RTP/AVP 0\r\n", "bad m= line")]
    [InlineData("v=0\r\no=x\r\nc=IN IP4 host.example\r\nm=audio 1 RTP/AVP 0\r\n", "bad c= line")]
    [InlineData("v=0\r\no=x\r\nm=audio 1 RTP/AVP 0\r\na=rtpmap:999 X/1\r\n", "bad a= line")]
    [InlineData("v=0\r\nnot a line\r\n", "SDP line is not <type>=<value>")]
    public void Malformed_offers_are_refused_with_the_reason(string text, string reason) => Assert.Equal(reason, Parse(text).Error);

    [Fact]
    public void Huge_and_many_media_offers_are_refused()
    {
        Assert.Contains("larger than", Parse("v=0\r\n" + new string('a', SdpParser.MaxBytes)).Error, StringComparison.Ordinal);
        Assert.Contains("m= lines", Parse("v=0\r\no=x\r\n" + string.Concat(Enumerable.Repeat("m=audio 1 RTP/AVP 0\r\n", SdpParser.MaxMedia + 1))).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_bytes_never_throw()
    {
        Gen.Byte.Array[0, 600].Sample(bytes => SdpParser.Parse(bytes) is var (s, e) && (s is null) != (e is null));
        Gen.String.Sample(tail => Parse("v=0\r\no=x\r\nm=audio 1 RTP/AVP 0 " + tail + "\r\na=" + tail) is var (s, e) && (s is null) != (e is null));
    }
}
