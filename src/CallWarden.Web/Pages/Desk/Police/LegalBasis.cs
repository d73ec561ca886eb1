using CallWarden.Core.Reports;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>
/// The law a dossier cites, chosen by the reports' categories as the seed names them: threats and
/// harassment under 治安管理处罚法 art. 42, fraud under the anti-telecom-fraud law. Keys of <see cref="PoliceDeskText"/>.
/// </summary>
internal static class LegalBasis
{
    public static IReadOnlyList<string> For(IEnumerable<string> categoryCodes)
    {
        var categories = categoryCodes.Select(c => ReportCategoryExtensions.TryParseCode(c, out var known) ? known : ReportCategory.Other).ToHashSet();
        List<string> keys = [];
        if (categories.Contains(ReportCategory.Threat) || categories.Contains(ReportCategory.Harassment))
        {
            keys.Add("LawPublicSecurity42");
        }

        if (categories.Contains(ReportCategory.Fraud))
        {
            keys.Add("LawAntiFraud");
        }

        return keys.Count > 0 ? keys : ["LawReferredByAnalyst"];
    }
}
