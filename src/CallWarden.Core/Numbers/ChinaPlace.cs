namespace CallWarden.Core.Numbers;

/// <summary>
/// A geocoder description split into its provincial-level division and the rest.
/// </summary>
/// <param name="City">
/// The prefecture-level place(s) the geocoder names after the division, in the description's
/// language: <c>深圳市</c>, <c>延边朝鲜族自治州</c>, or several joined when an area code serves
/// several cities (<c>沈阳市、铁岭市、抚顺市</c>, <c>Shenyang/Tieling/Fushun</c>). Null when the
/// description names only the division, which is how the geocoder writes the four municipalities.
/// </param>
internal sealed record ChinaPlace(Province Province, string? City)
{
    private const char ChineseListSeparator = '、';

    /// <summary>Splits the zh geocoder's text (<c>广东省深圳市</c>, <c>北京市</c>, <c>内蒙古呼和浩特市</c>).</summary>
    /// <returns>Null when the text starts with no division (the geocoder's fallback <c>中国</c>, other countries).</returns>
    public static ChinaPlace? FromChineseDescription(string description)
    {
        var province = Provinces.MatchChinesePrefix(description, out var length);
        if (province is null)
        {
            return null;
        }

        // Some blocks repeat a city (湖北省襄樊市、襄樊市): say it once.
        var cities = description[length..]
            .Split(ChineseListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal);
        var city = string.Join(ChineseListSeparator, cities);
        return new ChinaPlace(province, city.Length == 0 ? null : city);
    }

    /// <summary>Splits the en geocoder's text (<c>Shenzhen, Guangdong</c>, <c>Beijing</c>).</summary>
    /// <returns>Null when no division is named (the geocoder's fallback <c>China</c>, other countries).</returns>
    public static ChinaPlace? FromEnglishDescription(string description)
    {
        var comma = description.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            var only = Provinces.FromEnglishName(description);
            return only is null ? null : new ChinaPlace(only, null);
        }

        var province = Provinces.FromEnglishName(description[(comma + 2)..]);
        var city = description[..comma].Trim();
        return province is null ? null : new ChinaPlace(province, city.Length == 0 ? null : city);
    }
}
