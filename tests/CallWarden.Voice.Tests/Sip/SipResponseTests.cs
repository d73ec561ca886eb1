using System.Net;
using System.Text;
using CallWarden.Voice.Sip;

namespace CallWarden.Voice.Tests.Sip;

public sealed class SipResponseTests
{
    private static readonly IPEndPoint Source = new(IPAddress.Loopback, 40000);

    [Fact]
    public void A_response_copies_the_dialog_headers_adds_a_to_tag_and_reads_back()
    {
        var extra = "Record-Route: <sip:127.0.0.1:5060;lr>\r\nVia: SIP/2.0/UDP 10.0.0.9;branch=z9hG4bK-2\r\n";
        var invite = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite(extra: extra))).Message!;

        var bytes = SipResponse.Build(invite, Source, 183, "Session Progress", "ourtag", [("Contact", "<sip:127.0.0.1:5080>")], "application/sdp", "v=0\r\n"u8);
        var response = SipParser.Parse(bytes);

        Assert.True(response.IsValid, response.Error);
        var m = response.Message!;
        Assert.Equal(183, m.StatusCode);
        Assert.Equal("ourtag", m.ToTag);
        Assert.Equal("from-1", m.FromTag);
        Assert.Equal(invite.CallId, m.CallId);
        Assert.Equal("1 INVITE", m["CSeq"]);
        Assert.Equal(["<sip:127.0.0.1:5060;lr>"], m.Values("Record-Route"));
        var vias = m.Values("Via").ToList();
        Assert.Equal(2, vias.Count);
        Assert.Contains("rport=40000", vias[0], StringComparison.Ordinal);
        Assert.Contains("received=127.0.0.1", vias[0], StringComparison.Ordinal);
        Assert.Equal("v=0\r\n", Encoding.UTF8.GetString(m.Body.Span));
    }

    [Fact]
    public void A_final_error_has_no_record_route_and_a_100_no_to_tag()
    {
        var invite = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite(extra: "Record-Route: <sip:127.0.0.1;lr>\r\n"))).Message!;

        var refused = SipParser.Parse(SipResponse.Build(invite, Source, 486, "Busy Here", "t")).Message!;
        var trying = SipParser.Parse(SipResponse.Build(invite, Source, 100, "Trying", "t")).Message!;

        Assert.Empty(refused.Values("Record-Route"));
        Assert.Equal("t", refused.ToTag);
        Assert.Equal(string.Empty, trying.ToTag);
    }

    [Fact]
    public void A_reason_from_outside_cannot_add_a_header()
    {
        var invite = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite())).Message!;

        var text = Encoding.UTF8.GetString(SipResponse.Build(invite, Source, 400, "bad\r\nX-Evil: 1", "t"));

        Assert.DoesNotContain("\r\nX-Evil", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Responses_go_to_the_source_port_with_rport_else_to_the_via_port()
    {
        var withRport = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite())).Message!;
        var without = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite().Replace(";rport", string.Empty, StringComparison.Ordinal))).Message!;

        Assert.Equal(Source, SipResponse.Destination(withRport, Source));
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 5061), SipResponse.Destination(without, Source));
    }
}
