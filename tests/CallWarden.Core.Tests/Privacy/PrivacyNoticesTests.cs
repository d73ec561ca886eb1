using CallWarden.Core.Localization;
using CallWarden.Core.Privacy;

namespace CallWarden.Core.Tests.Privacy;

public sealed class PrivacyNoticesTests
{
    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "隐私声明", "我们收集什么")]
    [InlineData(DisplayLanguage.ZhHant, "隱私聲明", "我們收集什麼")]
    [InlineData(DisplayLanguage.En, "Privacy notice", "What we collect")]
    public void The_shipped_notice_is_in_force_in_three_languages(DisplayLanguage language, string title, string firstHeading)
    {
        var notice = PrivacyNotices.Shipped.Text(PrivacyNotices.Shipped.Current, language);

        Assert.Equal("privacy-2026-12", notice.Version);
        Assert.Equal(title, notice.Title);
        Assert.Equal(firstHeading, notice.Blocks.First(b => b.Kind == NoticeBlockKind.Heading).Text);
        Assert.Contains(notice.Blocks, b => b.Kind == NoticeBlockKind.Item);
    }

    [Fact]
    public void A_later_version_from_files_is_in_force_and_the_earlier_stays_readable()
    {
        var notices = PrivacyNotices.Shipped.With(
        [
            ("privacy-2027-06.zh-Hans.md", "# 隐私声明\n\n## 新\n- 一"),
            ("privacy-2027-06.zh-Hant.md", "# 隱私聲明\n- 一"),
            ("privacy-2027-06.en.md", "# Privacy notice\r\nA paragraph.\r\n- one\r\n- two"),
        ]);

        Assert.Equal("privacy-2027-06", notices.Current);
        Assert.Equal(["privacy-2026-12", "privacy-2027-06"], notices.Versions);
        Assert.True(notices.Has("privacy-2026-12"));
        Assert.False(notices.Has("privacy-2030-01"));
        Assert.Equal(
            [new NoticeBlock(NoticeBlockKind.Title, "Privacy notice"), new NoticeBlock(NoticeBlockKind.Paragraph, "A paragraph."), new NoticeBlock(NoticeBlockKind.Item, "one"), new NoticeBlock(NoticeBlockKind.Item, "two")],
            notices.Text("privacy-2027-06", DisplayLanguage.En).Blocks);
    }

    [Theory]
    [InlineData("notice.md", "notice.md must be named <version>.<language>.md")]
    [InlineData("privacy-2027-06.fr.md", "privacy-2027-06.fr.md must be named")]
    [InlineData("privacy-2027-06.en.md", "privacy-2027-06 lacks privacy-2027-06.zh-Hans.md, privacy-2027-06.zh-Hant.md")]
    public void A_badly_named_file_or_a_missing_language_is_refused_naming_it(string file, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => PrivacyNotices.Shipped.With([(file, "# x")]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
