using System.Text;
using CallWarden.Channels.Sms;
using CsCheck;

namespace CallWarden.Channels.Tests.Sms;

public sealed class KannelQueryTests
{
    [Fact]
    public void Values_keep_their_raw_bytes_and_plus_is_a_space()
    {
        var fields = KannelQuery.Parse("?from=%2B8613800138000&text=%4E%3E+x&to=12321")!;

        Assert.Equal("+8613800138000", Encoding.UTF8.GetString(fields["from"]));
        Assert.Equal([0x4E, 0x3E, (byte)' ', (byte)'x'], fields["text"]);
    }

    [Theory]
    [InlineData("text=%ZZ")]
    [InlineData("text=%4")]
    [InlineData("%=1")]
    public void A_broken_percent_escape_makes_the_query_unreadable(string query) => Assert.Null(KannelQuery.Parse(query));

    [Fact]
    public void A_repeated_field_cannot_override_the_first() =>
        Assert.Equal("1", Encoding.UTF8.GetString(KannelQuery.Parse("id=1&id=2")!["id"]));

    [Fact]
    public void A_query_over_the_limit_is_refused() =>
        Assert.Null(KannelQuery.Parse("text=" + new string('a', KannelMoReader.MaxBytes)));

    [Fact]
    public void Any_text_parses_or_is_refused_without_throwing() =>
        Gen.String.Sample(s => KannelQuery.Parse(s) is null || KannelQuery.Parse(s)!.Count >= 0);

    [Fact]
    public void Every_utf8_value_round_trips_through_url_encoding() =>
        Gen.String.Where(s => !s.Any(char.IsSurrogate)).Sample(s =>
            Encoding.UTF8.GetString(KannelQuery.Parse("text=" + Uri.EscapeDataString(s))!["text"]) == s);

    [Theory]
    [InlineData("UTF-16BE")]
    [InlineData("ucs-2")]
    public void Ucs2_bytes_decode_by_their_charset(string charset) =>
        Assert.Equal("举报 13912345678", KannelCharsets.Decode(Encoding.BigEndianUnicode.GetBytes("举报 13912345678"), charset));

    [Fact]
    public void An_odd_ucs2_byte_count_decodes_without_throwing() =>
        Assert.NotNull(KannelCharsets.Decode([0x4E, 0x3E, 0x00], "UTF-16BE"));
}
