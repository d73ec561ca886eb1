using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Tests.Numbers;

public sealed class ProvincesTests
{
    [Fact]
    public void There_are_34_divisions_with_distinct_codes_and_names()
    {
        Assert.Equal(34, Provinces.All.Count);
        Assert.All(new Func<Province, string>[] { p => p.Code, p => p.NameHans, p => p.NameHant, p => p.NameEn }, key =>
            Assert.Equal(34, Provinces.All.Select(key).Distinct().Count()));
        Assert.All(Provinces.All, p => Assert.Matches("^CN-[A-Z]{2}$", p.Code));
    }

    [Fact]
    public void The_municipalities_are_Beijing_Tianjin_Shanghai_and_Chongqing()
    {
        Assert.Equal(["CN-BJ", "CN-CQ", "CN-SH", "CN-TJ"], Provinces.All.Where(p => p.IsMunicipality).Select(p => p.Code).Order());
    }

    [Theory]
    [InlineData("CN-GD", DisplayLanguage.ZhHans, "广东省")]
    [InlineData("cn-gd", DisplayLanguage.ZhHant, "廣東省")]
    [InlineData("CN-GD", DisplayLanguage.En, "Guangdong")]
    [InlineData("CN-NM", DisplayLanguage.ZhHant, "內蒙古")]
    [InlineData("CN-HL", DisplayLanguage.ZhHant, "黑龍江省")]
    [InlineData("CN-XZ", DisplayLanguage.En, "Tibet")]
    public void A_code_finds_its_division_and_its_names(string code, DisplayLanguage language, string name)
    {
        Assert.Equal(name, Provinces.FromCode(code)?.Name(language));
    }

    [Theory]
    [InlineData("GD")]
    [InlineData("CN-ZZ")]
    [InlineData("")]
    public void An_unknown_code_finds_nothing(string code)
    {
        Assert.Null(Provinces.FromCode(code));
    }

    [Theory]
    [InlineData("广西壮族自治区南宁市", "CN-GX", 7)]
    [InlineData("广西南宁市", "CN-GX", 2)]
    [InlineData("黑龙江省哈尔滨市", "CN-HL", 4)]
    [InlineData("天津", "CN-TJ", 2)]
    public void The_longest_spelling_of_a_division_wins(string text, string code, int length)
    {
        Assert.Equal(code, Provinces.MatchChinesePrefix(text, out var matched)?.Code);
        Assert.Equal(length, matched);
    }
}
