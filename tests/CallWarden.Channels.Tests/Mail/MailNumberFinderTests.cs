using CallWarden.Channels.Mail;
using CsCheck;

namespace CallWarden.Channels.Tests.Mail;

public sealed class MailNumberFinderTests
{
    [Theory]
    [InlineData("Harassment report 13912345678", 8613912345678)]
    [InlineData("举报骚扰电话１３９１２３４５６７８，天天打", 8613912345678)]
    [InlineData("Number: +86 139-1234-5678 called", 8613912345678)]
    [InlineData("推銷電話 (0755) 8888 9999 昨天", 8675588889999)]
    public void A_number_in_any_written_form_is_found(string text, long e164)
    {
        var found = MailNumberFinder.Find(text, "CN", 5);
        Assert.Equal(e164, Assert.Single(found).Number.E164);
    }

    [Fact]
    public void Dates_and_times_are_not_numbers() =>
        Assert.Empty(MailNumberFinder.Find("at 2026-11-28 14:30 and 2026年11月28日 15:45:10", "CN", 5));

    [Fact]
    public void Each_number_counts_once_and_at_most_the_cap()
    {
        var found = MailNumberFinder.Find("13912345678 139 1234 5678 13800138000 13700137000", "CN", 2);
        Assert.Equal([8613912345678, 8613800138000], found.Select(f => f.Number.E164));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no digits here at all")]
    [InlineData("123")]
    public void Text_without_a_number_finds_none(string text) => Assert.Empty(MailNumberFinder.Find(text, "CN", 5));

    [Fact]
    public void Huge_text_is_read_without_trouble() =>
        Assert.Single(MailNumberFinder.Find(new string('x', 200_000) + " 13912345678", "CN", 5));

    [Fact]
    public void Any_text_finds_only_valid_numbers_within_the_cap() =>
        Gen.String.Sample(text =>
        {
            var found = MailNumberFinder.Find(text, "CN", 3);
            return found.Count <= 3 && found.All(f => f.Number.IsValid);
        });
}
