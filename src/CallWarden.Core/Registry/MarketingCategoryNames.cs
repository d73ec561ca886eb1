using CallWarden.Core.Localization;

namespace CallWarden.Core.Registry;

/// <summary>The categories' stable codes (API, SMS, forms) and their names in the three languages.</summary>
public static class MarketingCategoryNames
{
    /// <summary>Each single category in the order forms list them.</summary>
    public static readonly MarketingCategories[] Each =
    [
        MarketingCategories.Loans, MarketingCategories.Insurance, MarketingCategories.RealEstate,
        MarketingCategories.Education, MarketingCategories.Finance, MarketingCategories.Other,
    ];

    public static string ToCode(this MarketingCategories category) => category switch
    {
        MarketingCategories.Loans => "loans",
        MarketingCategories.Insurance => "insurance",
        MarketingCategories.RealEstate => "real_estate",
        MarketingCategories.Education => "education",
        MarketingCategories.Finance => "finance",
        MarketingCategories.Other => "other",
        MarketingCategories.All => "all",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Only a single category or all of them has a code."),
    };

    /// <summary>The codes of the categories in <paramref name="categories"/>: <c>["all"]</c> for all of them.</summary>
    public static string[] ToCodes(this MarketingCategories categories) =>
        categories == MarketingCategories.All ? ["all"] : [.. Each.Where(c => (categories & c) != 0).Select(c => c.ToCode())];

    /// <summary>Reads a code (<c>loans</c>, <c>all</c>, any case); false for anything else.</summary>
    public static bool TryParseCode(string? code, out MarketingCategories category)
    {
        category = code?.Trim().ToLowerInvariant() switch
        {
            "loans" => MarketingCategories.Loans,
            "insurance" => MarketingCategories.Insurance,
            "real_estate" => MarketingCategories.RealEstate,
            "education" => MarketingCategories.Education,
            "finance" => MarketingCategories.Finance,
            "other" => MarketingCategories.Other,
            "all" => MarketingCategories.All,
            _ => MarketingCategories.None,
        };
        return category != MarketingCategories.None;
    }

    /// <summary>Reads a list of codes; false with the first unknown code when one is not a category.</summary>
    public static bool TryParseCodes(IEnumerable<string?>? codes, out MarketingCategories categories, out string? unknown)
    {
        categories = MarketingCategories.None;
        unknown = null;
        foreach (var code in codes ?? [])
        {
            if (!TryParseCode(code, out var one))
            {
                unknown = code ?? string.Empty;
                return false;
            }

            categories |= one;
        }

        return true;
    }

    public static string DisplayName(this MarketingCategories category, DisplayLanguage language) => (category, language) switch
    {
        (MarketingCategories.Loans, DisplayLanguage.ZhHant) => "貸款",
        (MarketingCategories.Loans, DisplayLanguage.En) => "Loans",
        (MarketingCategories.Loans, _) => "贷款",
        (MarketingCategories.Insurance, DisplayLanguage.ZhHant) => "保險",
        (MarketingCategories.Insurance, DisplayLanguage.En) => "Insurance",
        (MarketingCategories.Insurance, _) => "保险",
        (MarketingCategories.RealEstate, DisplayLanguage.ZhHant) => "房產",
        (MarketingCategories.RealEstate, DisplayLanguage.En) => "Real estate",
        (MarketingCategories.RealEstate, _) => "房产",
        (MarketingCategories.Education, DisplayLanguage.ZhHant) => "教育培訓",
        (MarketingCategories.Education, DisplayLanguage.En) => "Education and training",
        (MarketingCategories.Education, _) => "教育培训",
        (MarketingCategories.Finance, DisplayLanguage.En) => "Investment and wealth management",
        (MarketingCategories.Finance, DisplayLanguage.ZhHant) => "金融理財",
        (MarketingCategories.Finance, _) => "金融理财",
        (MarketingCategories.Other, DisplayLanguage.ZhHant) => "其他營銷",
        (MarketingCategories.Other, DisplayLanguage.En) => "Other marketing",
        (MarketingCategories.Other, _) => "其他营销",
        (MarketingCategories.All, DisplayLanguage.ZhHant) => "全部營銷來電",
        (MarketingCategories.All, DisplayLanguage.En) => "All marketing calls",
        (MarketingCategories.All, _) => "全部营销来电",
        _ => string.Join(language == DisplayLanguage.En ? ", " : "、", Each.Where(c => (category & c) != 0).Select(c => c.DisplayName(language))),
    };
}
