using CallWarden.Core.Text;
using CsCheck;

namespace CallWarden.Core.Tests.Text;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("bell\u0007")]
    [InlineData("escape \u001B[31mred")]
    [InlineData("reads \u202Ebackwards")]
    [InlineData("isolate \u2066x\u2069")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("word\u2060joiner")]
    [InlineData("\uFEFFbom")]
    [InlineData("arabic mark \u061C")]
    public void Hidden_characters_are_refused_on_one_line_and_in_several(string text)
    {
        Assert.NotNull(VisibleText.Problem(text, 100, multiline: false));
        Assert.NotNull(VisibleText.Problem(text, 100, multiline: true));
    }

    [Theory]
    [InlineData("推销保险，天天打电话")]
    [InlineData("騷擾電話 😡")]
    [InlineData("family 👨\u200D👩\u200D👧")]
    [InlineData("zhang.wei@example.cn")]
    public void Text_people_write_is_accepted(string text)
    {
        Assert.Null(VisibleText.Problem(text, 100, multiline: false));
    }

    [Fact]
    public void Line_breaks_are_for_several_lines_only()
    {
        Assert.Null(VisibleText.Problem("first\nsecond\r\n\tthird", 100, multiline: true));
        Assert.NotNull(VisibleText.Problem("first\nsecond", 100, multiline: false));
    }

    [Fact]
    public void Printable_text_writes_every_hidden_character_as_an_escape_and_leaves_the_rest()
    {
        Assert.Equal("\\u001B[2J\\u202Eok 中文", VisibleText.Printable("\u001B[2J\u202Eok 中文"));
        Assert.Equal("plain", VisibleText.Printable("plain"));
    }

    [Fact]
    public void Any_text_is_either_accepted_or_refused_and_printable_text_has_no_hidden_character()
    {
        Gen.String.Sample(text =>
        {
            _ = VisibleText.Problem(text, 1000, multiline: true);
            Assert.DoesNotContain(VisibleText.Printable(text), VisibleText.IsHidden);
        });
    }
}
