using CallWarden.Core.Privacy;
using CallWarden.Core.Reports;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Privacy;

/// <summary>What the privacy pages show beside the notice.</summary>
internal static class NoticePage
{
    /// <summary>The first call-report number (12321), as the SMS parser suggests it; the keywords work on every service number.</summary>
    public static string ServiceNumber(IOptions<SmsGrammarOptions> sms) =>
        sms.Value.ServiceNumbers.FirstOrDefault(s => s.Value == SmsGrammar.NumberAndTime).Key ?? sms.Value.ServiceNumbers.Keys.First();

    /// <summary>The notice of <paramref name="version"/> when there is one, else the one in force.</summary>
    public static NoticeText Of(PrivacyNotices notices, string? version, Core.Localization.DisplayLanguage language) =>
        notices.Text(notices.Has(version) ? version! : notices.Current, language);
}
