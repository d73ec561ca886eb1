using System.Text;
using CallWarden.Core.Numbers;
using CsCheck;

namespace CallWarden.Core.Tests.Numbers;

public sealed class TraditionalPlaceNamesTests
{
    /// <summary>Big5 holds traditional characters only, so it checks the table independently of itself.</summary>
    private static readonly Encoding Big5 = CreateBig5();

    /// <summary>Identical in both scripts but missing from Big5 (傈僳族).</summary>
    private const string SameInBothButNotInBig5 = "傈";

    public static TheoryData<string> AllDescriptions() =>
        [.. PrefixData.RawZhDescriptions().Concat(PrefixData.ShippedDescriptions("geocoding.zh.86")).Select(row => row.Data).Distinct()];

    [Theory]
    [InlineData("深圳市", "深圳市")]
    [InlineData("广州市", "廣州市")]
    [InlineData("乌鲁木齐市", "烏魯木齊市")]
    [InlineData("哈尔滨市", "哈爾濱市")]
    [InlineData("齐齐哈尔市", "齊齊哈爾市")]
    [InlineData("连云港市", "連雲港市")]
    [InlineData("沈阳市、铁岭市、抚顺市", "瀋陽市、鐵嶺市、撫順市")]
    [InlineData("石家庄市", "石家莊市")]
    [InlineData("怀化市", "懷化市")]
    [InlineData("银川市", "銀川市")]
    [InlineData("龙岩市", "龍巖市")]
    [InlineData("新余市", "新餘市")]
    [InlineData("台州市", "台州市")]
    [InlineData("邢台市", "邢台市")]
    [InlineData("咸阳市", "咸陽市")]
    [InlineData("岳阳市", "岳陽市")]
    [InlineData("阿里地区", "阿里地區")]
    [InlineData("赤峰市", "赤峰市")]
    [InlineData("怒江傈僳族自治州", "怒江傈僳族自治州")]
    public void Place_names_take_their_standard_traditional_form(string simplified, string traditional)
    {
        Assert.Equal(traditional, TraditionalPlaceNames.Convert(simplified));
    }

    [Theory]
    [MemberData(nameof(AllDescriptions))]
    public void No_simplified_only_character_is_left_in_any_converted_description(string description)
    {
        var converted = TraditionalPlaceNames.Convert(description);

        var leftOver = converted.Where(c => TraditionalPlaceNames.Table.ContainsKey(c.ToString())).ToArray();
        Assert.Empty(leftOver);
        var notBig5 = converted.Where(c => !SameInBothButNotInBig5.Contains(c, StringComparison.Ordinal) && !IsBig5(c)).ToArray();
        Assert.Empty(notBig5);
    }

    [Fact]
    public void Every_province_name_converts_to_its_traditional_name()
    {
        Assert.All(Provinces.All, p => Assert.Equal(p.NameHant, TraditionalPlaceNames.Convert(p.NameHans)));
    }

    [Fact]
    public void Every_entry_changes_its_text_into_traditional_characters()
    {
        Assert.All(TraditionalPlaceNames.Table, entry =>
        {
            Assert.NotEqual(entry.Key, entry.Value);
            Assert.All(entry.Value, c => Assert.True(IsBig5(c), $"{entry.Key} → {entry.Value}: {c} is not a traditional character"));
        });
    }

    [Fact]
    public void Conversion_keeps_the_length_and_converting_twice_changes_nothing()
    {
        var characters = string.Concat(TraditionalPlaceNames.Table.Keys) + "市县区省州、深圳台咸岳里峰 ";
        Gen.Char[characters].Array[0, 12].Select(chars => new string(chars)).Sample(text =>
        {
            var once = TraditionalPlaceNames.Convert(text);
            return once.Length == text.Length && TraditionalPlaceNames.Convert(once) == once;
        });
    }

    private static bool IsBig5(char c)
    {
        try
        {
            Big5.GetBytes([c]);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding CreateBig5()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
