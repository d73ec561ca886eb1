using System.Resources;
using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data.Stats;
using CallWarden.Web.Pages.Statistics;
using CallWarden.Web.Site;

namespace CallWarden.Web.Stats;

/// <summary>
/// The names of the groups the statistics count, by their codes, in any of the three languages:
/// categories, carriers and provinces as Core names them, channels and case states from the page's
/// texts. The page asks for the reader's language, the open data for all three.
/// </summary>
internal static class StatisticsNames
{
    private static readonly ResourceManager Texts = new(typeof(StatisticsText));

    /// <summary>The three languages in the order the open data lists them.</summary>
    public static readonly DisplayLanguage[] Languages = [DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En];

    /// <summary>A case state's code as the API writes it (<c>received</c>).</summary>
    public static string Code(CaseState state) => JsonNamingPolicy.SnakeCaseLower.ConvertName(state.ToString());

    public static string Channel(string code, DisplayLanguage language) => Text("Channel_" + code, language) ?? code;

    public static string Category(string code, DisplayLanguage language) =>
        ReportCategoryExtensions.TryParseCode(code, out var category) ? category.DisplayName(language) : code;

    public static string Carrier(string code, DisplayLanguage language) =>
        CarrierNames.TryParseCode(code, out var carrier) ? carrier.DisplayName(language) ?? Text("CarrierUnknown", language) ?? code : code;

    public static string Province(string code, DisplayLanguage language) =>
        Provinces.FromCode(code)?.Name(language) ?? (code == PublicStatistics.UnknownProvince ? Text("ProvinceUnknown", language) : null) ?? code;

    public static string State(CaseState state, DisplayLanguage language) => Text("State_" + Code(state), language) ?? Code(state);

    /// <summary>A text of the page in <paramref name="language"/>, whatever the current request's language.</summary>
    public static string? Text(string key, DisplayLanguage language) => Texts.GetString(key, language.Culture());

    /// <summary>One name in each language, keyed by its tag (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>).</summary>
    public static IReadOnlyDictionary<string, string> InEachLanguage(Func<DisplayLanguage, string> name) =>
        Languages.ToDictionary(l => l.Tag(), name, StringComparer.Ordinal);
}
