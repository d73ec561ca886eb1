using System.Text;

namespace CallWarden.Voice.Tests.Sip;

/// <summary>Requests as phones and Kamailio send them, with CRLF line ends.</summary>
internal static class SipSamples
{
    public const string Sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 16000 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n";

    public static string Invite(string callId = "call-1@127.0.0.1", string branch = "z9hG4bK-1", string extra = "", string body = Sdp, string user = "12321") =>
        $"INVITE sip:{user}@127.0.0.1:5080 SIP/2.0\r\n"
        + $"Via: SIP/2.0/UDP 127.0.0.1:5061;branch={branch};rport\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: \"张三\" <sip:13800138000@127.0.0.1>;tag=from-1\r\n"
        + "To: <sip:12321@127.0.0.1>\r\n"
        + $"Call-ID: {callId}\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Contact: <sip:13800138000@127.0.0.1:5061>\r\n"
        + extra
        + "Content-Type: application/sdp\r\n"
        + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n" + body;

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
