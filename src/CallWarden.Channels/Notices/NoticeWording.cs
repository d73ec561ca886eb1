using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;

namespace CallWarden.Channels.Notices;

/// <summary>
/// The words shared by the SMS and the mail notices, so both say the same (issue #14 item 5): what
/// the carrier did, whether it is temporary and until when, and the police advice on a threat or
/// fraud report. Never a raw code such as <c>restrict_outbound</c>.
/// </summary>
internal static class NoticeWording
{
    /// <summary>What the carrier did, as a clause without final punctuation.</summary>
    public static string Action(string? action, DateTimeOffset? until, int? days, DisplayLanguage language)
    {
        var date = until is { } u ? ChinaTime.DateOf(u).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return (action, date, language) switch
        {
            ("warning", _, DisplayLanguage.ZhHans) => "运营商已向该号码的使用者发出警告",
            ("warning", _, DisplayLanguage.ZhHant) => "電信業者已向該號碼的使用者發出警告",
            ("warning", _, _) => "the carrier warned the holder of the number",
            ("restrict_outbound" or "suspend_outbound", { } d, DisplayLanguage.ZhHans) => $"该号码的呼出已被{Verb(action, language)}{For(days, language)}，至 {d} 止（临时措施）",
            ("restrict_outbound" or "suspend_outbound", { } d, DisplayLanguage.ZhHant) => $"該號碼的撥出已被{Verb(action, language)}{For(days, language)}，至 {d} 止（臨時措施）",
            ("restrict_outbound" or "suspend_outbound", { } d, _) => $"outgoing calls from the number are {Verb(action, language)}{For(days, language)} until {d} (temporary)",
            ("restrict_outbound" or "suspend_outbound", null, DisplayLanguage.ZhHans) => $"该号码的呼出已被{Verb(action, language)}（长期有效）",
            ("restrict_outbound" or "suspend_outbound", null, DisplayLanguage.ZhHant) => $"該號碼的撥出已被{Verb(action, language)}（長期有效）",
            ("restrict_outbound" or "suspend_outbound", null, _) => $"outgoing calls from the number are {Verb(action, language)} (permanent)",
            ("restrict_outbound_sms", { } d, DisplayLanguage.ZhHans) => $"该号码发送短信已被限制{For(days, language)}，至 {d} 止（临时措施）",
            ("restrict_outbound_sms", { } d, DisplayLanguage.ZhHant) => $"該號碼發送簡訊已被限制{For(days, language)}，至 {d} 止（臨時措施）",
            ("restrict_outbound_sms", { } d, _) => $"outgoing text messages from the number are restricted{For(days, language)} until {d} (temporary)",
            ("reclaim_number", _, DisplayLanguage.ZhHans) => "该号码已被运营商收回（永久）",
            ("reclaim_number", _, DisplayLanguage.ZhHant) => "該號碼已被電信業者收回（永久）",
            ("reclaim_number", _, _) => "the carrier took the number back (permanent)",
            ("no_violation_found", _, DisplayLanguage.ZhHans) => "运营商核查后未发现违规",
            ("no_violation_found", _, DisplayLanguage.ZhHant) => "電信業者核查後未發現違規",
            ("no_violation_found", _, _) => "the carrier found no violation",
            (_, _, DisplayLanguage.ZhHans) => "运营商已对该号码采取处置措施",
            (_, _, DisplayLanguage.ZhHant) => "電信業者已對該號碼採取處置措施",
            _ => "the carrier has acted against the number",
        };
    }

    /// <summary>The advice added to the acknowledgement of a report the police receive, or null for other categories.</summary>
    public static string? PoliceAdvice(string? categoryCode, DisplayLanguage language)
    {
        if (!ReportCategoryExtensions.TryParseCode(categoryCode, out var category) || !category.RoutesToPolice())
        {
            return null;
        }

        return language switch
        {
            DisplayLanguage.ZhHans => "如遇威胁或诈骗，请立即拨打 110 报警，或拨打 96110 反诈专线；请保留通话录音、短信、聊天和转账记录等证据。",
            DisplayLanguage.ZhHant => "如遇威脅或詐騙，請立即撥打 110 報警，或撥打 96110 反詐專線；請保留通話錄音、簡訊、聊天和轉賬記錄等證據。",
            _ => "If you are threatened or defrauded, call the police on 110 now, or the anti-fraud line 96110, and keep the evidence: recordings, messages, chats and transfer records.",
        };
    }

    private static string Verb(string? action, DisplayLanguage language) => (action, language) switch
    {
        ("suspend_outbound", DisplayLanguage.ZhHans) => "暂停",
        ("suspend_outbound", DisplayLanguage.ZhHant) => "暫停",
        ("suspend_outbound", _) => "suspended",
        (_, DisplayLanguage.ZhHans or DisplayLanguage.ZhHant) => "限制",
        _ => "restricted",
    };

    private static string For(int? days, DisplayLanguage language) => (days, language) switch
    {
        (null, _) => "",
        ({ } n, DisplayLanguage.ZhHans or DisplayLanguage.ZhHant) => $" {n} 天",
        (1, _) => " for 1 day",
        ({ } n, _) => $" for {n} days",
    };
}
