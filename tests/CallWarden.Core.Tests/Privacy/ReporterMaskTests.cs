using CallWarden.Core.Privacy;
using CsCheck;

namespace CallWarden.Core.Tests.Privacy;

/// <summary>Issue #9 item 3: one way to show a reporter to those who may not know who they are.</summary>
public sealed class ReporterMaskTests
{
    [Theory]
    [InlineData("+8613912345678", 8613912345678L, "139****5678")]
    [InlineData("+8613912345678", null, "139****5678")]
    [InlineData("13912345678@139.com", null, "***@139.com")]
    [InlineData("mail:13912345678@139.com", null, "***@139.com")]
    [InlineData("Ann.Lee@example.cn", null, "***@example.cn")]
    [InlineData("cli:zhangwei", null, "cli:z***")]
    [InlineData("user:13912345678", null, "user:***")]
    [InlineData("ftc:0a1b2c3d", null, "ftc:***")]
    [InlineData("张伟", null, "张***")]
    [InlineData("13912345678", null, "***")]
    [InlineData("", null, "****")]
    [InlineData(null, null, "****")]
    public void A_reporter_is_masked_without_their_digits_or_name(string? identity, long? phone, string masked)
    {
        Assert.Equal(masked, ReporterMask.Mask(identity, phone));
    }

    [Fact]
    public void No_masked_identity_keeps_a_run_of_digits_from_before_the_at_sign()
    {
        Gen.String.Sample(local =>
        {
            var shown = ReporterMask.Mask("13912345678" + local + "@139.com", null);
            Assert.DoesNotContain("1391234", shown, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_full_reporter_is_the_phone_in_E164_or_the_identity()
    {
        Assert.Equal("+8613912345678", ReporterMask.Full("+8613912345678", 8613912345678));
        Assert.Equal("13912345678@139.com", ReporterMask.Full(" 13912345678@139.com ", null));
    }
}
