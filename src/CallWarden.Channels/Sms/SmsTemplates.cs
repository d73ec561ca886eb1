using CallWarden.Channels.Notices;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data.Outbox;

namespace CallWarden.Channels.Sms;

/// <summary>
/// Every text the SMS channel sends, in one place for review: polite, short (one 70-character SMS
/// in Chinese where it can), always with the reference and how to ask about it.
/// </summary>
internal static class SmsTemplates
{
    /// <summary>The text of a queued template, or null when the template or its parameters are unknown.</summary>
    public static string? Render(string templateKey, string? parameters, DisplayLanguage language)
    {
        if (templateKey == OutboxTemplates.RefusalChanged)
        {
            return RefusalNotice.Parse(parameters) is { } refusal ? RefusalWording.Confirmation(refusal.Refused, language) : null;
        }

        if (templateKey == OutboxTemplates.ConsentWithdrawn)
        {
            return ConsentWithdrawn(language);
        }

        if (templateKey == OutboxTemplates.BusinessDecided)
        {
            return BusinessDecisionNotice.Parse(parameters) is { } decision ? BusinessDecided(decision, language) : null;
        }

        if (NoticeParameters.Parse(parameters) is not { } p)
        {
            return null;
        }

        var number = Display(p.Number);
        return templateKey switch
        {
            OutboxTemplates.ReportAcknowledged => Acknowledgement(p.Reference, number, language) +
                (NoticeWording.PoliceAdvice(p.Category, language) is { } advice ? (language == DisplayLanguage.En ? " " : "") + advice : ""),
            OutboxTemplates.CaseResult => ResultNotice(p.Reference, number, NoticeWording.Action(p.Action, p.Until, p.Days, language), language),
            _ => null,
        };
    }

    public static string Acknowledgement(string reference, string number, DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => $"已受理您对 {number} 的举报，编号 {reference}。查询进度请回复 CX {reference}",
        DisplayLanguage.ZhHant => $"已受理您對 {number} 的舉報，編號 {reference}。查詢進度請回覆 CX {reference}",
        _ => $"Thank you, your report of {number} is received, reference {reference}. To follow it, reply CX {reference}",
    };

    /// <summary>The result notice; <paramref name="done"/> is <see cref="NoticeWording.Action"/>'s clause, the same as the mail's.</summary>
    public static string ResultNotice(string reference, string number, string done, DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => $"您的举报 {reference}（{number}）已处理：{done}。感谢您的举报。",
        DisplayLanguage.ZhHant => $"您的舉報 {reference}（{number}）已處理：{done}。感謝您的舉報。",
        _ => $"Your report {reference} ({number}) is resolved: {done}. Thank you for reporting.",
    };

    public static string Status(string reference, CaseState state, DisplayLanguage language)
    {
        var (hans, hant, en) = state switch
        {
            CaseState.Received => ("已受理，待核实", "已受理，待核實", "received, awaiting verification"),
            CaseState.Verified => ("已核实，待转交运营商", "已核實，待轉交電信業者", "verified, to be forwarded to the carrier"),
            CaseState.Forwarded => ("已转交运营商处理", "已轉交電信業者處理", "forwarded to the carrier"),
            CaseState.Actioned or CaseState.Closed => ("已处理完毕", "已處理完畢", "resolved"),
            CaseState.Rejected => ("未予受理", "未予受理", "not taken up"),
            CaseState.Merged => ("已并入同一号码的案件", "已併入同一號碼的案件", "joined to another case on the same number"),
            _ => ("复核中", "覆核中", "under review"),
        };
        return language switch
        {
            DisplayLanguage.ZhHans => $"举报 {reference} 的进度：{hans}。",
            DisplayLanguage.ZhHant => $"舉報 {reference} 的進度：{hant}。",
            _ => $"Report {reference}: {en}.",
        };
    }

    public static string UnknownReference(string reference, DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => $"未找到您的举报 {reference}，请核对编号，并用举报时的手机发送。",
        DisplayLanguage.ZhHant => $"未找到您的舉報 {reference}，請核對編號，並用舉報時的手機發送。",
        _ => $"We found no report {reference} of yours. Please check the reference and text from the phone you reported with.",
    };

    public static string InterceptionOn(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => "已为您开通骚扰电话拦截。取消请回复 QXLJ",
        DisplayLanguage.ZhHant => "已為您開通騷擾電話攔截。取消請回覆 QXLJ",
        _ => "Nuisance call blocking is on. To turn it off, reply QXLJ",
    };

    public static string InterceptionOff(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => "已取消拦截，可疑来电仅作标记。重新开通请回复 KTLJ",
        DisplayLanguage.ZhHant => "已取消攔截，可疑來電僅作標記。重新開通請回覆 KTLJ",
        _ => "Blocking is off; suspect calls are only labelled. To turn it on again, reply KTLJ",
    };

    public static string MarketingRefused(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => "已登记您拒收营销电话，登记的营销号码将不再接通。",
        DisplayLanguage.ZhHant => "已登記您拒收行銷電話，登記的行銷號碼將不再接通。",
        _ => "You are registered as refusing marketing calls; registered marketing lines will no longer reach you.",
    };

    /// <summary>The answer to 删除 / DELETE: nothing happens until the sender confirms in time.</summary>
    public static string DeleteAsked(int minutes, DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => $"确定撤回同意并删除您的数据？请在{minutes}分钟内回复“确认删除”。您的举报将匿名保留，拦截设置和来电记录将被删除。",
        DisplayLanguage.ZhHant => $"確定撤回同意並刪除您的資料？請在{minutes}分鐘內回覆「確認刪除」。您的舉報將匿名保留，攔截設定和來電記錄將被刪除。",
        _ => $"Withdraw consent and delete your data? Reply CONFIRM DELETE within {minutes} minutes. Your reports stay, anonymous; your screening settings and call records are deleted.",
    };

    /// <summary>The answer to a 确认删除 / CONFIRM DELETE without a 删除 in time.</summary>
    public static string DeleteNotAsked(int minutes, DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => $"没有待确认的删除请求。请先发送“删除”，再在{minutes}分钟内回复“确认删除”。",
        DisplayLanguage.ZhHant => $"沒有待確認的刪除請求。請先傳送「刪除」，再在{minutes}分鐘內回覆「確認刪除」。",
        _ => $"There is no deletion to confirm. Text DELETE first, then reply CONFIRM DELETE within {minutes} minutes.",
    };

    /// <summary>An administrator's decision on a business's application, to its contact phone.</summary>
    public static string BusinessDecided(BusinessDecisionNotice decision, DisplayLanguage language) => (decision.Approved, language) switch
    {
        (true, DisplayLanguage.ZhHant) => $"「{decision.Name}」的號碼登記（{decision.Lines} 個號碼）已通過審核，一分鐘內生效。",
        (true, DisplayLanguage.En) => $"The registration of {decision.Name} ({decision.Lines} numbers) is approved and takes effect within a minute.",
        (true, _) => $"“{decision.Name}”的号码登记（{decision.Lines} 个号码）已通过审核，一分钟内生效。",
        (false, DisplayLanguage.ZhHant) => $"「{decision.Name}」的號碼登記未通過審核{(decision.Note is { } n ? "：" + n : "")}。修正後可重新申請。",
        (false, DisplayLanguage.En) => $"The registration of {decision.Name} is not approved{(decision.Note is { } n ? ": " + n : "")}. You may apply again once corrected.",
        (false, _) => $"“{decision.Name}”的号码登记未通过审核{(decision.Note is { } n ? "：" + n : "")}。修正后可重新申请。",
    };

    /// <summary>The confirmation a withdrawal queues (<see cref="OutboxTemplates.ConsentWithdrawn"/>), whichever way it was asked.</summary>
    public static string ConsentWithdrawn(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => "已撤回您的同意：您的身份已从举报中删除（举报匿名保留），拦截设置和来电记录已删除。",
        DisplayLanguage.ZhHant => "已撤回您的同意：您的身分已從舉報中刪除（舉報匿名保留），攔截設定和來電記錄已刪除。",
        _ => "Your consent is withdrawn: your identity is removed from your reports (kept anonymous), your screening settings and call records are deleted.",
    };

    public static string NotTaken(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHans => "抱歉，这条举报未能受理，请核对号码和时间后重发。",
        DisplayLanguage.ZhHant => "抱歉，這則舉報未能受理，請核對號碼和時間後重發。",
        _ => "Sorry, we could not take this report; please check the number and time and send it again.",
    };

    /// <summary>Sent once per window to a reporter over the limit; later reports in the window get no reply.</summary>
    public static string OverLimit(int perHour, TimeSpan retryAfter, DisplayLanguage language)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return language switch
        {
            DisplayLanguage.ZhHans => $"您每小时最多可举报{perHour}条，已达上限。请{minutes}分钟后再发，在此之前的举报不受理，也不再回复。",
            DisplayLanguage.ZhHant => $"您每小時最多可舉報{perHour}則，已達上限。請{minutes}分鐘後再發，在此之前的舉報不受理，也不再回覆。",
            _ => $"You may send at most {perHour} reports an hour and have reached that. Please send again in {minutes} minutes; reports before then are not taken and get no reply.",
        };
    }

    /// <summary><c>+8613912345678</c> is shown as the sender would write it: <c>13912345678</c>.</summary>
    internal static string Display(string e164) =>
        e164.StartsWith("+86", StringComparison.Ordinal) ? e164[3..] : e164;
}
