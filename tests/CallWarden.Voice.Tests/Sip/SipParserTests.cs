using System.Text;
using CallWarden.Voice.Sip;
using CsCheck;

namespace CallWarden.Voice.Tests.Sip;

public sealed class SipParserTests
{
    [Fact]
    public void An_invite_is_read_with_its_headers_and_body()
    {
        var result = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite()));

        Assert.True(result.IsValid, result.Error);
        var invite = result.Message!;
        Assert.Equal("INVITE", invite.Method);
        Assert.Equal("sip:12321@127.0.0.1:5080", invite.RequestUri);
        Assert.Equal("call-1@127.0.0.1", invite.CallId);
        Assert.Equal(1, invite.CSeqNumber);
        Assert.Equal("INVITE", invite.CSeqMethod);
        Assert.Equal("z9hG4bK-1", invite.Branch);
        Assert.Equal("from-1", invite.FromTag);
        Assert.Equal(string.Empty, invite.ToTag);
        Assert.Equal(SipSamples.Sdp, Encoding.UTF8.GetString(invite.Body.Span));
    }

    [Fact]
    public void Compact_names_and_any_case_read_as_the_long_names()
    {
        var text = "OPTIONS sip:12321@127.0.0.1 SIP/2.0\r\nv: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-c\r\nf: <sip:a@x>;tag=1\r\nt: <sip:b@x>\r\n"
            + "i: short@x\r\ncseq: 7 OPTIONS\r\nm: <sip:a@127.0.0.1>\r\nk: timer\r\ns: hi\r\nc: text/plain\r\nl: 0\r\n\r\n";

        var result = SipParser.Parse(SipSamples.Bytes(text));

        Assert.True(result.IsValid, result.Error);
        var m = result.Message!;
        Assert.Equal("short@x", m.CallId);
        Assert.Equal("short@x", m["call-id"]);
        Assert.Equal("<sip:a@127.0.0.1>", m["Contact"]);
        Assert.Equal("timer", m["Supported"]);
        Assert.Equal("hi", m["Subject"]);
        Assert.Equal("text/plain", m.ContentType);
        Assert.Equal("1", m.FromTag);
    }

    [Fact]
    public void List_headers_split_at_commas_outside_quotes_and_brackets_in_order()
    {
        var extra = "Via: SIP/2.0/UDP 10.0.0.2;branch=z9hG4bK-b, SIP/2.0/UDP 10.0.0.3;branch=z9hG4bK-c\r\n"
            + "Record-Route: <sip:10.0.0.2;lr>, \"a, b\" <sip:10.0.0.3;lr;x=a,b>\r\nRecord-Route: <sip:10.0.0.4;lr>\r\n";

        var m = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite(extra: extra))).Message!;

        Assert.Equal(3, m.Values("Via").Count());
        Assert.Equal("z9hG4bK-1", m.Branch);
        Assert.Equal(["<sip:10.0.0.2;lr>", "\"a, b\" <sip:10.0.0.3;lr;x=a,b>", "<sip:10.0.0.4;lr>"], m.Values("record-route"));
    }

    [Fact]
    public void Folded_header_lines_are_joined()
    {
        var text = SipSamples.Invite().Replace("Subject", "X").Replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\nX-Long: one\r\n two\r\n", StringComparison.Ordinal);

        var m = SipParser.Parse(SipSamples.Bytes(text)).Message!;

        Assert.Equal("one two", m["X-Long"]);
    }

    [Fact]
    public void A_response_is_read_with_its_status()
    {
        var text = "SIP/2.0 180 Ringing\r\nVia: SIP/2.0/UDP 127.0.0.1;branch=z9hG4bK-r\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:b@x>;tag=2\r\nCall-ID: r@x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";

        var result = SipParser.Parse(SipSamples.Bytes(text));

        Assert.True(result.IsValid, result.Error);
        Assert.False(result.Message!.IsRequest);
        Assert.Equal(180, result.Message.StatusCode);
        Assert.Equal("Ringing", result.Message.ReasonPhrase);
        Assert.Equal("2", result.Message.ToTag);
    }

    [Fact]
    public void A_body_longer_than_content_length_is_cut_and_a_shorter_one_refused()
    {
        var longer = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite() + "trailing junk"));
        var shorter = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite()[..^10]));

        Assert.True(longer.IsValid);
        Assert.Equal(SipSamples.Sdp, Encoding.UTF8.GetString(longer.Message!.Body.Span));
        Assert.Equal("body shorter than Content-Length", shorter.Error);
        Assert.True(shorter.CanAnswer400);
    }

    [Fact]
    public void Empty_input_and_keep_alives_are_refused_with_a_reason()
    {
        Assert.Equal("empty datagram", SipParser.Parse([]).Error);
        Assert.Equal("no empty line after the headers", SipParser.Parse("\r\n\r\n"u8).Error);
        Assert.False(SipParser.Parse("\r\n\r\n"u8).CanAnswer400);
    }

    [Fact]
    public void Input_larger_than_a_datagram_is_refused()
    {
        var huge = SipSamples.Invite(body: new string('a', SipParser.MaxMessageBytes));

        var result = SipParser.Parse(SipSamples.Bytes(huge));

        Assert.Null(result.Message);
        Assert.Contains("larger than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_header_lines_are_refused()
    {
        var extra = string.Concat(Enumerable.Repeat("X-A: 1\r\n", SipParser.MaxHeaders + 1));

        Assert.Contains("header lines", SipParser.Parse(SipSamples.Bytes(SipSamples.Invite(extra: extra))).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CSeq: 1 INVITE", "CSeq: one INVITE", "bad CSeq")]
    [InlineData("CSeq: 1 INVITE", "CSeq: 1 BYE", "CSeq method differs from the request's")]
    [InlineData("Call-ID: call-1@127.0.0.1\r\n", "", "no Call-ID")]
    [InlineData("Max-Forwards: 70", "Max-Forwards: many", "bad Max-Forwards")]
    [InlineData("To: <sip:12321@127.0.0.1>", "To: \"only a name\"", "bad From or To")]
    [InlineData("Content-Length: 1", "Content-Length: -1", "bad Content-Length")]
    public void Malformed_requests_are_refused_with_the_reason(string from, string to, string reason)
    {
        var text = SipSamples.Invite().Replace(from, to, StringComparison.Ordinal);

        var result = SipParser.Parse(SipSamples.Bytes(text));

        Assert.Equal(reason, result.Error);
    }

    [Theory]
    [InlineData("INVITE sip:a@b SIP/3.0")]
    [InlineData("INVITE  sip:a@b SIP/2.0")]
    [InlineData("IN<VITE sip:a@b SIP/2.0")]
    [InlineData("SIP/2.0 2000 OK")]
    [InlineData("SIP/2.0 099 Low")]
    public void Bad_start_lines_are_refused(string startLine)
    {
        var text = startLine + "\r\nVia: SIP/2.0/UDP x;branch=z9hG4bK-1\r\n\r\n";

        Assert.False(SipParser.Parse(SipSamples.Bytes(text)).IsValid);
    }

    [Fact]
    public void Mixed_script_display_names_and_values_are_kept()
    {
        var extra = "Subject: 騷擾電話 спам ☎ 😀\r\n";

        var m = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite(extra: extra))).Message!;

        Assert.Equal("騷擾電話 спам ☎ 😀", m["Subject"]);
        Assert.StartsWith("\"张三\"", m["From"], StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_bytes_never_throw()
    {
        var hostile = new[]
        {
            "INVITE sip:a@b SIP/2.0\r\n:\r\n\r\n",
            "INVITE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP x;branch=\0\0\r\n\r\n",
            SipSamples.Invite().Replace("Content-Length: ", "Content-Length: 99999999999999999999", StringComparison.Ordinal),
            SipSamples.Invite(extra: "Via: \"unterminated <sip:a\r\nRecord-Route: <<<<,,,>>>>\r\n"),
            "\uFEFFINVITE sip:a@b SIP/2.0\r\n\r\n",
        };

        foreach (var text in hostile)
        {
            var result = SipParser.Parse(SipSamples.Bytes(text));
            Assert.False(result.IsValid && result.Message is null);
        }

        Assert.False(SipParser.Parse([0xFF, 0xFE, 0x0D, 0x0A, 0x0D, 0x0A, 0xC0, 0x80]).IsValid);
    }

    [Fact]
    public void Any_bytes_give_a_message_or_a_reason_never_an_exception()
    {
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            var result = SipParser.Parse(bytes);
            return result.IsValid != (result.Error is not null);
        });
        Gen.String.Sample(tail =>
        {
            var result = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite(extra: "X: " + tail.Replace("\r", "").Replace("\n", "") + "\r\n")));
            return result.Message is not null;
        });
    }
}
