using CallWarden.Core.Localization;

namespace CallWarden.Core.Registry;

/// <summary>A business's name as it gave it: simplified Chinese always, traditional and English when it gave them.</summary>
public sealed record BusinessName(string Simplified, string? Traditional = null, string? English = null)
{
    /// <summary>The name for a reader of <paramref name="language"/>, falling back to the simplified name.</summary>
    public string In(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => Traditional ?? Simplified,
        DisplayLanguage.En => English ?? Simplified,
        _ => Simplified,
    };

    /// <summary>"已认证：某某银行客服": one wording wherever a verified customer-service line is shown (a call's label, the lookup).</summary>
    public string VerifiedLabel(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => $"已認證：{In(language)}客服",
        DisplayLanguage.En => $"Verified: {In(language)} customer service",
        _ => $"已认证：{In(language)}客服",
    };
}
