using System.Net;
using CallWarden.Voice.Sip;

namespace CallWarden.Voice.Tests.Sip;

public sealed class SipDialogTests
{
    private static readonly IPEndPoint Source = new(IPAddress.Parse("10.0.0.9"), 5062);

    private static SipDialog Dialog(string target, params string[] routes) => new()
    {
        CallId = "c", LocalTag = "l", RemoteTag = "r", LocalUri = "<sip:12321@x>", RemoteUri = "<sip:a@y>",
        RemoteTarget = target, RouteSet = routes, Source = Source,
    };

    [Theory]
    [InlineData("sip:a@127.0.0.5:5099", new[] { "<sip:127.0.0.2:5060;lr>" }, "127.0.0.2:5060")]
    [InlineData("sip:a@127.0.0.5:5099", new string[0], "127.0.0.5:5099")]
    [InlineData("sip:a@127.0.0.5;transport=udp", new string[0], "127.0.0.5:5060")]
    [InlineData("sip:a@phone.example", new[] { "<sip:proxy.example;lr>" }, "10.0.0.9:5062")]
    [InlineData("tel:+8613800138000", new string[0], "10.0.0.9:5062")]
    public void Our_requests_go_to_the_first_route_else_the_target_else_the_source(string target, string[] routes, string hop)
    {
        Assert.Equal(IPEndPoint.Parse(hop), Dialog(target, routes).NextHop());
    }

    [Fact]
    public void A_bye_carries_the_route_set_our_tag_in_from_and_the_next_cseq()
    {
        var dialog = Dialog("sip:a@127.0.0.5:5099", "<sip:127.0.0.2:5060;lr>", "<sip:127.0.0.3;lr>");
        dialog.LocalCSeq = 7;

        var bye = SipParser.Parse(SipRequest.InDialog("BYE", dialog, new IPEndPoint(IPAddress.Loopback, 5080), "z9hG4bKx")).Message!;

        Assert.Equal("sip:a@127.0.0.5:5099", bye.RequestUri);
        Assert.Equal(["<sip:127.0.0.2:5060;lr>", "<sip:127.0.0.3;lr>"], bye.Values("Route"));
        Assert.Equal(("l", "r", 7L, "BYE"), (bye.FromTag, bye.ToTag, bye.CSeqNumber, bye.CSeqMethod));
        Assert.Equal("z9hG4bKx", bye.Branch);
    }

    [Theory]
    [InlineData("\"张三\" <sip:a@b;lr>;tag=1;x=y", "\"张三\" <sip:a@b;lr>;x=y")]
    [InlineData("<sip:a@b>", "<sip:a@b>")]
    [InlineData("sip:a@b;tag=1", "sip:a@b")]
    public void A_tag_is_taken_off_a_name_addr(string header, string withoutTag) => Assert.Equal(withoutTag, SipRequest.WithoutTag(header));
}
