using CallWarden.Voice.Sip;

namespace CallWarden.Voice.Tests.Sip;

public sealed class CallerIdentityTests
{
    private static SipMessage Invite(string extra, string? from = null)
    {
        var text = SipSamples.Invite(extra: extra);
        if (from is not null)
        {
            text = text.Replace("From: \"张三\" <sip:13800138000@127.0.0.1>;tag=from-1", "From: " + from, StringComparison.Ordinal);
        }

        var result = SipParser.Parse(SipSamples.Bytes(text));
        Assert.True(result.IsValid, result.Error);
        return result.Message!;
    }

    [Fact]
    public void The_asserted_identity_wins_over_from() =>
        Assert.Equal("+8613912345678", CallerIdentity.Of(Invite("P-Asserted-Identity: <sip:+8613912345678@carrier.test>\r\n")));

    [Fact]
    public void A_tel_assertion_is_preferred_to_a_sip_one() =>
        Assert.Equal("13911112222", CallerIdentity.Of(Invite("P-Asserted-Identity: <sip:alice@carrier.test>, <tel:13911112222>\r\n")));

    [Fact]
    public void An_assertion_from_outside_the_trusted_proxies_is_ignored_for_From() =>
        Assert.Equal("13800138000", CallerIdentity.Of(Invite("P-Asserted-Identity: <sip:+8613912345678@carrier.test>\r\n"), fromTrustedProxy: false));

    [Fact]
    public void From_is_used_without_an_assertion() => Assert.Equal("13800138000", CallerIdentity.Of(Invite(string.Empty)));

    [Theory]
    [InlineData("Privacy: id\r\n", null)]
    [InlineData("Privacy: header; ID\r\n", null)]
    [InlineData("Privacy: none\r\n", "13800138000")]
    public void Privacy_withholds_the_number(string extra, string? expected) => Assert.Equal(expected, CallerIdentity.Of(Invite(extra)));

    [Theory]
    [InlineData("\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=9")]
    [InlineData("<mailto:x@y>;tag=9")]
    [InlineData("<sip:host.only>;tag=9")]
    public void Anonymous_or_unreadable_from_is_no_number(string from) => Assert.Null(CallerIdentity.Of(Invite(string.Empty, from)));
}
