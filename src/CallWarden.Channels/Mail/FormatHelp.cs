using CallWarden.Core.Localization;

namespace CallWarden.Channels.Mail;

/// <summary>The reply to a mail in which no number was found: how to write a report, with an example.</summary>
internal static class FormatHelp
{
    public static (string Subject, string Body) Render(DisplayLanguage language) => language switch
    {
        DisplayLanguage.En => ("CallWarden: no number found in your report",
            "We could not find the number you want to report.\n\nPut the number in the subject, and the call time and what happened in the body, e.g.\n\n" +
            "Subject: Report 13912345678\nBody: Called me at 2026-11-28 14:30 selling insurance.\n\nRecordings, screenshots, PDF and spam mails (.eml) may be attached."),
        DisplayLanguage.ZhHant => ("CallWarden：未找到被舉報號碼",
            "我們未能在郵件中找到您要舉報的號碼。\n\n請在主題寫號碼，在正文寫來電時間和經過，例如：\n\n主題：舉報 13912345678\n正文：2026-11-28 14:30 來電推銷保險。\n\n可附上錄音、截圖、PDF 或垃圾郵件（.eml）。"),
        _ => ("CallWarden：未找到被举报号码",
            "我们未能在邮件中找到您要举报的号码。\n\n请在主题写号码，在正文写来电时间和经过，例如：\n\n主题：举报 13912345678\n正文：2026-11-28 14:30 来电推销保险。\n\n可附上录音、截图、PDF 或垃圾邮件（.eml）。"),
    };
}
