using CallWarden.Core.Screening;
using static CallWarden.Core.Tests.Screening.Screen;

namespace CallWarden.Core.Tests.Screening;

public sealed class ContactNumbersTests
{
    private const long Friend = 8613800001111;

    [Theory]
    [InlineData("13800001111")]
    [InlineData("138 0000 1111")]
    [InlineData("138-0000-1111")]
    [InlineData("+86 138-0000-1111")]
    [InlineData("+8613800001111")]
    [InlineData("008613800001111")]
    [InlineData("0086 138 0000 1111")]
    [InlineData("８６１３８００００１１１１")]
    public void A_contact_in_any_written_form_gets_through_contacts_only_mode(string written)
    {
        Assert.True(ContactNumbers.TryRead(written, "CN", out var contact));
        var rules = new SubscriberRules { Contacts = [contact], ContactsOnly = Disposition.Reject };

        var decision = Decide("+8613800001111", rules);

        Assert.Equal(Friend, contact);
        Assert.Equal(Disposition.Allow, decision.Action);
        Assert.Equal("contact", decision.Trace()[0].TrimEnd('!'));
    }

    [Theory]
    [InlineData(13800001111L, Friend)]
    [InlineData(8613800001111L, Friend)]
    [InlineData(14155552671L, 14155552671L)]
    public void A_contact_given_as_a_bare_integer_is_read_as_national_or_as_stored(long digits, long expected)
    {
        Assert.True(ContactNumbers.TryRead(digits, "CN", out var contact));
        Assert.Equal(expected, contact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("anonymous")]
    [InlineData("12")]
    public void Text_that_is_no_line_is_no_contact(string written) =>
        Assert.False(ContactNumbers.TryRead(written, "CN", out _));
}
