using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>The options of the queue's lists, coded as the API codes them (<c>received</c>, <c>china_mobile</c>).</summary>
internal static class QueueChoices
{
    public static IReadOnlyList<CaseState> States { get; } = Enum.GetValues<CaseState>();

    public static IReadOnlyList<Carrier> Carriers { get; } = [Carrier.ChinaMobile, Carrier.ChinaUnicom, Carrier.ChinaTelecom, Carrier.ChinaBroadnet];

    /// <summary>The provinces a +86 number can be registered in (not Taiwan, Hong Kong, Macao).</summary>
    public static IReadOnlyList<Province> Provinces { get; } = [.. Core.Numbers.Provinces.All.Where(p => p.Code is not ("CN-TW" or "CN-HK" or "CN-MO"))];

    public static string StateCode(CaseState state) => JsonNamingPolicy.SnakeCaseLower.ConvertName(state.ToString());
}
