using System.Text;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Tests.Media;

public sealed class DtmfRelayTests
{
    [Theory]
    [InlineData("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n", '5')]
    [InlineData("application/dtmf-relay", "signal = *\nDuration=100", '*')]
    [InlineData("Application/DTMF-Relay; charset=x", "Signal=11\r\n", '#')]
    [InlineData("application/dtmf-relay", "Signal=d\r\n", 'D')]
    [InlineData("application/dtmf", "9", '9')]
    [InlineData("application/dtmf-relay", "Signal=55\r\n", null)]
    [InlineData("application/dtmf-relay", "Duration=160\r\n", null)]
    [InlineData("application/dtmf-relay", "Signal=五\r\n", null)]
    [InlineData("application/dtmf-relay", "", null)]
    public void The_key_is_read_from_the_body(string contentType, string body, char? key)
    {
        Assert.True(DtmfRelay.IsDtmf(contentType));
        Assert.Equal(key, DtmfRelay.Key(contentType, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Other_types_and_huge_bodies_are_not_keys()
    {
        Assert.False(DtmfRelay.IsDtmf("application/sdp"));
        Assert.Null(DtmfRelay.Key("application/dtmf-relay", Encoding.UTF8.GetBytes("Signal=5\r\n" + new string('x', 5000))));
    }
}
