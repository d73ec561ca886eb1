using CallWarden.Core.Localization;

namespace CallWarden.Core.Registry;

/// <summary>
/// The confirmation of a refusal registered or withdrawn, in the subscriber's language: one wording
/// for the SMS notice, the API's answer and the web page's panel.
/// </summary>
public static class RefusalWording
{
    public static string Confirmation(MarketingCategories refused, DisplayLanguage language) => (refused, language) switch
    {
        (MarketingCategories.None, DisplayLanguage.ZhHant) => "您已撤回拒接營銷來電登記，營銷號碼的來電將照常接通。",
        (MarketingCategories.None, DisplayLanguage.En) => "Your refusal of marketing calls is withdrawn; marketing lines will reach you again.",
        (MarketingCategories.None, _) => "您已撤回拒接营销来电登记，营销号码的来电将照常接通。",
        (_, DisplayLanguage.ZhHant) => $"已登記您拒接營銷來電：{refused.DisplayName(language)}。一分鐘內生效，登記的營銷號碼將不再接通。",
        (_, DisplayLanguage.En) => $"You now refuse marketing calls: {refused.DisplayName(language)}. Within a minute registered marketing lines will no longer reach you.",
        _ => $"已登记您拒接营销来电：{refused.DisplayName(language)}。一分钟内生效，登记的营销号码将不再接通。",
    };
}
