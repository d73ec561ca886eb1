using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

public sealed class ChinaPlaceTests
{
    public static TheoryData<string> RawZhDescriptions() => PrefixData.RawZhDescriptions();

    public static TheoryData<string> ShippedZhDescriptions() => PrefixData.ShippedDescriptions("geocoding.zh.86");

    public static TheoryData<string> ShippedEnDescriptions() => PrefixData.ShippedDescriptions("geocoding.en.86");

    [Theory]
    [MemberData(nameof(RawZhDescriptions))]
    [MemberData(nameof(ShippedZhDescriptions))]
    public void Every_Chinese_geocoder_description_splits_into_a_division_and_a_city(string description)
    {
        var place = ChinaPlace.FromChineseDescription(description);

        Assert.NotNull(place);
        AssertCityFollowsTheMunicipalityRule(place);
        Assert.StartsWith(place.Province.NameHans.TrimEnd('省', '市'), description, StringComparison.Ordinal);
        Assert.EndsWith(place.City ?? description, description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedEnDescriptions))]
    public void Every_English_geocoder_description_splits_into_a_division_and_a_city(string description)
    {
        var place = ChinaPlace.FromEnglishDescription(description);

        Assert.NotNull(place);
        AssertCityFollowsTheMunicipalityRule(place);
        Assert.StartsWith(place.City ?? place.Province.NameEn, description, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_and_English_data_name_the_same_division_for_every_prefix()
    {
        var english = PrefixData.Shipped("geocoding.en.86");
        var disagreements = PrefixData.Shipped("geocoding.zh.86")
            .Where(entry => english.ContainsKey(entry.Key))
            .Where(entry => ChinaPlace.FromChineseDescription(entry.Value)?.Province != ChinaPlace.FromEnglishDescription(english[entry.Key])?.Province)
            .Select(entry => $"+{entry.Key}: {entry.Value} / {english[entry.Key]}")
            .ToList();

        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("广东省深圳市", "CN-GD", "深圳市")]
    [InlineData("北京市", "CN-BJ", null)]
    [InlineData("天津", "CN-TJ", null)]
    [InlineData("内蒙古呼和浩特市", "CN-NM", "呼和浩特市")]
    [InlineData("新疆乌鲁木齐市", "CN-XJ", "乌鲁木齐市")]
    [InlineData("新疆维吾尔自治区乌鲁木齐市", "CN-XJ", "乌鲁木齐市")]
    [InlineData("广西南宁市", "CN-GX", "南宁市")]
    [InlineData("广西壮族自治区南宁市、崇左市", "CN-GX", "南宁市、崇左市")]
    [InlineData("吉林省吉林市", "CN-JL", "吉林市")]
    [InlineData("青海省海南藏族自治州", "CN-QH", "海南藏族自治州")]
    [InlineData("云南怒江", "CN-YN", "怒江")]
    [InlineData("湖北省襄樊市、襄樊市", "CN-HB", "襄樊市")]
    public void Chinese_descriptions_split_where_the_division_ends(string description, string code, string? city)
    {
        var place = ChinaPlace.FromChineseDescription(description);

        Assert.Equal(code, place?.Province.Code);
        Assert.Equal(city, place?.City);
    }

    [Theory]
    [InlineData("Shenzhen, Guangdong", "CN-GD", "Shenzhen")]
    [InlineData("Beijing", "CN-BJ", null)]
    [InlineData("Hohhot, Inner Mongolia", "CN-NM", "Hohhot")]
    [InlineData("Shenyang/Tieling/Fushun, Liaoning", "CN-LN", "Shenyang/Tieling/Fushun")]
    [InlineData("Lhasa, Tibet", "CN-XZ", "Lhasa")]
    public void English_descriptions_split_at_the_last_comma(string description, string code, string? city)
    {
        var place = ChinaPlace.FromEnglishDescription(description);

        Assert.Equal(code, place?.Province.Code);
        Assert.Equal(city, place?.City);
    }

    [Theory]
    [InlineData("中国")]
    [InlineData("")]
    [InlineData("深圳市")]
    [InlineData("中国香港特别行政区")]
    public void Chinese_text_naming_no_division_is_no_place(string description)
    {
        Assert.Null(ChinaPlace.FromChineseDescription(description));
    }

    [Theory]
    [InlineData("China")]
    [InlineData("")]
    [InlineData("Washington D.C.")]
    [InlineData("Springfield, Illinois")]
    public void English_text_naming_no_division_is_no_place(string description)
    {
        Assert.Null(ChinaPlace.FromEnglishDescription(description));
    }

    /// <summary>Municipalities have no city of their own; every other division names one.</summary>
    private static void AssertCityFollowsTheMunicipalityRule(ChinaPlace place)
    {
        if (place.Province.IsMunicipality)
        {
            Assert.Null(place.City);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(place.City), $"{place.Province.NameHans} without a city");
        }
    }
}
