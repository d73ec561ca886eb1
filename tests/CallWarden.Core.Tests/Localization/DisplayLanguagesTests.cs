using CallWarden.Core.Numbers;
using CsCheck;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Localization;

public sealed class DisplayLanguagesTests
{
    [Theory]
    [InlineData("zh-CN", DisplayLanguage.ZhHans)]
    [InlineData("zh-Hans", DisplayLanguage.ZhHans)]
    [InlineData("zh-SG", DisplayLanguage.ZhHans)]
    [InlineData("zh", DisplayLanguage.ZhHans)]
    [InlineData("zh-CHS", DisplayLanguage.ZhHans)]
    [InlineData("zh-Hans-HK", DisplayLanguage.ZhHans)]
    [InlineData("zh-TW", DisplayLanguage.ZhHant)]
    [InlineData("zh_TW", DisplayLanguage.ZhHant)]
    [InlineData("zh-HK", DisplayLanguage.ZhHant)]
    [InlineData("zh-MO", DisplayLanguage.ZhHant)]
    [InlineData("zh-Hant", DisplayLanguage.ZhHant)]
    [InlineData("ZH-HANT-CN", DisplayLanguage.ZhHant)]
    [InlineData("zh-CHT", DisplayLanguage.ZhHant)]
    [InlineData("en", DisplayLanguage.En)]
    [InlineData("en-US", DisplayLanguage.En)]
    [InlineData("EN_gb", DisplayLanguage.En)]
    [InlineData(" en-HK ", DisplayLanguage.En)]
    public void Culture_names_pick_their_language(string name, DisplayLanguage language)
    {
        Assert.Equal(language, DisplayLanguages.FromCultureName(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("fr-FR")]
    [InlineData("ja")]
    [InlineData("english")]
    [InlineData("-")]
    public void Anything_else_is_simplified_Chinese(string? name)
    {
        Assert.Equal(DisplayLanguage.ZhHans, DisplayLanguages.FromCultureName(name));
    }

    [Fact]
    public void Every_language_reads_back_from_its_tag()
    {
        Assert.All(Enum.GetValues<DisplayLanguage>(), language => Assert.Equal(language, DisplayLanguages.FromCultureName(language.Tag())));
    }

    [Fact]
    public void Any_text_gives_a_defined_language()
    {
        Gen.String.Sample(name => Enum.IsDefined(DisplayLanguages.FromCultureName(name)));
    }
}
