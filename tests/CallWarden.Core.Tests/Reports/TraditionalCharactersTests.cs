using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

public sealed class TraditionalCharactersTests
{
    [Theory]
    [InlineData('點', '点')]
    [InlineData('騷', '骚')]
    [InlineData('擾', '扰')]
    [InlineData('詢', '询')]
    [InlineData('兩', '两')]
    public void Traditional_characters_fold_to_their_simplified_form(char traditional, char simplified)
    {
        Assert.Equal(simplified, TraditionalCharacters.ToSimplified(traditional));
    }

    [Theory]
    [InlineData('点')]
    [InlineData('天')]
    [InlineData('a')]
    public void Characters_both_scripts_share_or_simplified_ones_stay(char c)
    {
        Assert.Equal(c, TraditionalCharacters.ToSimplified(c));
        Assert.False(TraditionalCharacters.All.Contains(c));
    }

    [Fact]
    public void No_simplified_form_is_itself_counted_as_traditional()
    {
        foreach (var c in Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(i => (char)i).Where(TraditionalCharacters.All.Contains))
        {
            var simplified = TraditionalCharacters.ToSimplified(c);

            Assert.NotEqual(c, simplified);
            Assert.False(TraditionalCharacters.All.Contains(simplified), $"{c} → {simplified}");
        }
    }
}
