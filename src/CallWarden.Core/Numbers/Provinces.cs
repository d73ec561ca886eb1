namespace CallWarden.Core.Numbers;

/// <summary>
/// The 34 provincial-level divisions and the spellings libphonenumber's geocoder uses for them.
/// </summary>
/// <remarks>
/// Display names follow the geocoder's own dominant style: provinces with 省, municipalities with 市,
/// autonomous regions and the special administrative regions by their short names (广西, not
/// 广西壮族自治区). 台湾/台灣 keeps 台 (see PlaceNamesHant.txt). Taiwan, Hong Kong and Macao never
/// occur in +86 data; they are listed so that a region rule can name every division.
/// </remarks>
public static class Provinces
{
    public static IReadOnlyList<Province> All { get; } =
    [
        new("CN-BJ", "北京市", "北京市", "Beijing", true),
        new("CN-TJ", "天津市", "天津市", "Tianjin", true),
        new("CN-HE", "河北省", "河北省", "Hebei", false),
        new("CN-SX", "山西省", "山西省", "Shanxi", false),
        new("CN-NM", "内蒙古", "內蒙古", "Inner Mongolia", false),
        new("CN-LN", "辽宁省", "遼寧省", "Liaoning", false),
        new("CN-JL", "吉林省", "吉林省", "Jilin", false),
        new("CN-HL", "黑龙江省", "黑龍江省", "Heilongjiang", false),
        new("CN-SH", "上海市", "上海市", "Shanghai", true),
        new("CN-JS", "江苏省", "江蘇省", "Jiangsu", false),
        new("CN-ZJ", "浙江省", "浙江省", "Zhejiang", false),
        new("CN-AH", "安徽省", "安徽省", "Anhui", false),
        new("CN-FJ", "福建省", "福建省", "Fujian", false),
        new("CN-JX", "江西省", "江西省", "Jiangxi", false),
        new("CN-SD", "山东省", "山東省", "Shandong", false),
        new("CN-HA", "河南省", "河南省", "Henan", false),
        new("CN-HB", "湖北省", "湖北省", "Hubei", false),
        new("CN-HN", "湖南省", "湖南省", "Hunan", false),
        new("CN-GD", "广东省", "廣東省", "Guangdong", false),
        new("CN-GX", "广西", "廣西", "Guangxi", false),
        new("CN-HI", "海南省", "海南省", "Hainan", false),
        new("CN-CQ", "重庆市", "重慶市", "Chongqing", true),
        new("CN-SC", "四川省", "四川省", "Sichuan", false),
        new("CN-GZ", "贵州省", "貴州省", "Guizhou", false),
        new("CN-YN", "云南省", "雲南省", "Yunnan", false),
        new("CN-XZ", "西藏", "西藏", "Tibet", false),
        new("CN-SN", "陕西省", "陝西省", "Shaanxi", false),
        new("CN-GS", "甘肃省", "甘肅省", "Gansu", false),
        new("CN-QH", "青海省", "青海省", "Qinghai", false),
        new("CN-NX", "宁夏", "寧夏", "Ningxia", false),
        new("CN-XJ", "新疆", "新疆", "Xinjiang", false),
        new("CN-TW", "台湾", "台灣", "Taiwan", false),
        new("CN-HK", "香港", "香港", "Hong Kong", false),
        new("CN-MO", "澳门", "澳門", "Macao", false),
    ];

    /// <summary>Official names the geocoder sometimes writes in full, and other English spellings.</summary>
    private static readonly (string Alias, string Code)[] ExtraAliases =
    [
        ("内蒙古自治区", "CN-NM"), ("广西壮族自治区", "CN-GX"), ("西藏自治区", "CN-XZ"),
        ("宁夏回族自治区", "CN-NX"), ("新疆维吾尔自治区", "CN-XJ"), ("香港特别行政区", "CN-HK"),
        ("澳门特别行政区", "CN-MO"), ("台湾省", "CN-TW"),
        ("Nei Mongol", "CN-NM"), ("Xizang", "CN-XZ"), ("Macau", "CN-MO"),
    ];

    /// <summary>Every simplified spelling, longest first so that 广西壮族自治区 wins over 广西.</summary>
    private static readonly (string Alias, Province Province)[] ChineseAliases = All
        .SelectMany(p => new[] { p.NameHans, p.NameHans.TrimEnd('省', '市') }.Select(a => (a, p)))
        .Concat(ExtraAliases.Select(e => (e.Alias, FromCode(e.Code)!)))
        .Where(e => e.Item1.Any(c => c > '\u007f'))
        .DistinctBy(e => e.Item1)
        .OrderByDescending(e => e.Item1.Length)
        .ToArray();

    private static readonly Dictionary<string, Province> EnglishNames = All
        .Select(p => (p.NameEn, p))
        .Concat(ExtraAliases.Where(e => e.Alias.All(char.IsAscii)).Select(e => (e.Alias, FromCode(e.Code)!)))
        .ToDictionary(e => e.Item1, e => e.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>The division with ISO 3166-2 code <paramref name="code"/> (<c>CN-GD</c>), or null.</summary>
    public static Province? FromCode(string code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The division a simplified Chinese text starts with, and how many characters name it.</summary>
    internal static Province? MatchChinesePrefix(string text, out int length)
    {
        foreach (var (alias, province) in ChineseAliases)
        {
            if (text.StartsWith(alias, StringComparison.Ordinal))
            {
                length = alias.Length;
                return province;
            }
        }

        length = 0;
        return null;
    }

    /// <summary>The division with English name <paramref name="name"/> (<c>Guangdong</c>, <c>Inner Mongolia</c>), or null.</summary>
    internal static Province? FromEnglishName(string name) => EnglishNames.GetValueOrDefault(name.Trim());
}
