using CallWarden.Voice.Sip;

namespace CallWarden.Voice.Tests.Sip;

public sealed class SipTextTests
{
    [Theory]
    [InlineData("sip:12321@127.0.0.1:5080", "12321")]
    [InlineData("sips:13800138000:secret@example.test", "13800138000")]
    [InlineData("sip:+8613800138000;phone-context=cn@example.test;user=phone", "+8613800138000")]
    [InlineData("tel:+8613800138000;cpc=ordinary", "+8613800138000")]
    [InlineData("sip:%31%32321@x", "12321")]
    [InlineData("sip:张三@x", "张三")]
    [InlineData("sip:example.test", null)]
    [InlineData("mailto:a@b", null)]
    [InlineData("sip:%zz@x", null)]
    [InlineData("tel:", null)]
    [InlineData(null, null)]
    public void The_user_part_of_sip_and_tel_uris_is_read(string? uri, string? user)
    {
        Assert.Equal(user, SipText.UriUser(uri));
    }

    [Theory]
    [InlineData("\"Name; x\" <sip:a@b;transport=udp>;tag=t1", "tag", "t1")]
    [InlineData("<sip:a@b;tag=inside>", "tag", null)]
    [InlineData("sip:a@b;tag=t2", "tag", "t2")]
    [InlineData("SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1;rport", "rport", "")]
    [InlineData("SIP/2.0/UDP 127.0.0.1:5060;BRANCH=z9hG4bK1", "branch", "z9hG4bK1")]
    public void Header_parameters_are_read_after_the_uri(string header, string name, string? value)
    {
        Assert.Equal(value, SipText.Parameter(header, name));
    }

    [Theory]
    [InlineData("\"Anon\" <sip:anonymous@anonymous.invalid>;tag=1", "sip:anonymous@anonymous.invalid")]
    [InlineData("sip:a@b;tag=1", "sip:a@b")]
    [InlineData("\"only name\"", null)]
    [InlineData("<>", null)]
    public void The_uri_of_a_name_addr_or_addr_spec_is_read(string header, string? uri)
    {
        Assert.Equal(uri, SipText.Uri(header));
    }
}
