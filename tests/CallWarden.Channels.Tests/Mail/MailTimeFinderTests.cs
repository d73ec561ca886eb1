using CallWarden.Channels.Mail;

namespace CallWarden.Channels.Tests.Mail;

public sealed class MailTimeFinderTests
{
    // 2026-11-28 16:00 in China.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("He called at 2026-11-28 14:30, evidence attached.", "2026-11-28T06:30:00Z")]
    [InlineData("对方于11月28日14:30来电推销", "2026-11-28T06:30:00Z")]
    [InlineData("昨天 14:30 打来", "2026-11-27T06:30:00Z")]
    public void The_call_time_is_found_in_free_text(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MailTimeFinder.Find(text, Now, TimeSpan.FromDays(30)));

    [Theory]
    [InlineData("")]
    [InlineData("no time here")]
    [InlineData("tomorrow at 2099-01-01 10:00")]
    public void Text_without_a_past_time_has_none(string text) => Assert.Null(MailTimeFinder.Find(text, Now, TimeSpan.FromDays(30)));
}
