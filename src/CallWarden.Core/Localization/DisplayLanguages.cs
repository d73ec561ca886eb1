namespace CallWarden.Core.Localization;

/// <summary>Picks the <see cref="DisplayLanguage"/> for a culture name such as <c>zh-TW</c> or <c>en-US</c>.</summary>
public static class DisplayLanguages
{
    /// <summary>Regions whose Chinese is written in traditional characters.</summary>
    private static readonly string[] TraditionalRegions = ["TW", "HK", "MO"];

    /// <summary>
    /// Reads a BCP 47 or .NET culture name (<c>zh-CN</c>, <c>zh-Hans</c>, <c>zh_TW</c>, <c>zh-Hant-HK</c>,
    /// <c>zh-CHT</c>, <c>en-GB</c> …). A script subtag wins over a region (<c>zh-Hans-HK</c> is
    /// simplified); anything that is neither Chinese nor English, and no name at all, gives the
    /// default <see cref="DisplayLanguage.ZhHans"/>. Never throws.
    /// </summary>
    public static DisplayLanguage FromCultureName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return DisplayLanguage.ZhHans;
        }

        var parts = name.Trim().Split('-', '_');
        if (parts[0].Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return DisplayLanguage.En;
        }

        if (!parts[0].Equals("zh", StringComparison.OrdinalIgnoreCase))
        {
            return DisplayLanguage.ZhHans;
        }

        foreach (var part in parts.AsSpan(1))
        {
            if (part.Equals("Hant", StringComparison.OrdinalIgnoreCase) || part.Equals("CHT", StringComparison.OrdinalIgnoreCase))
            {
                return DisplayLanguage.ZhHant;
            }

            if (part.Equals("Hans", StringComparison.OrdinalIgnoreCase) || part.Equals("CHS", StringComparison.OrdinalIgnoreCase))
            {
                return DisplayLanguage.ZhHans;
            }
        }

        foreach (var part in parts.AsSpan(1))
        {
            if (TraditionalRegions.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                return DisplayLanguage.ZhHant;
            }
        }

        return DisplayLanguage.ZhHans;
    }

    /// <summary>The BCP 47 tag of <paramref name="language"/>: <c>zh-Hans</c>, <c>zh-Hant</c> or <c>en</c>.</summary>
    public static string Tag(this DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => "zh-Hant",
        DisplayLanguage.En => "en",
        _ => "zh-Hans",
    };
}
