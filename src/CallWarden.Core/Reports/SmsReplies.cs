using System.Globalization;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>
/// Every text the SMS grammar replies with, in one place for review. A refusal is one short,
/// polite sentence on what went wrong, then the right format with an example the sender can copy.
/// Chinese replies stay within one 70-character SMS, English ones within 160. The example call time
/// is yesterday 14:30, so a copied example is always inside the report window.
/// </summary>
internal static class SmsReplies
{
    public static string Refusal(SmsRefusalReason reason, SmsGrammar grammar, DisplayLanguage language, DateTimeOffset now, int windowDays, string otherService)
    {
        var problem = Problem(reason, language);
        var text = string.Format(CultureInfo.InvariantCulture, problem, otherService, windowDays);
        var example = now.Date.AddDays(-1);
        var format = reason is SmsRefusalReason.MissingReference or SmsRefusalReason.InvalidReference
            ? StatusQueryFormat(language, example)
            : Format(grammar, language, example);
        return language == DisplayLanguage.En ? text + " " + format : text + format;
    }

    private static string Problem(SmsRefusalReason reason, DisplayLanguage language) => (reason, language) switch
    {
        (SmsRefusalReason.Empty, DisplayLanguage.ZhHans) => "收到一条空短信。",
        (SmsRefusalReason.Empty, DisplayLanguage.ZhHant) => "收到一則空白簡訊。",
        (SmsRefusalReason.Empty, _) => "Your message was empty.",
        (SmsRefusalReason.TooLong, DisplayLanguage.ZhHans) => "短信过长，未能处理。",
        (SmsRefusalReason.TooLong, DisplayLanguage.ZhHant) => "簡訊過長，未能處理。",
        (SmsRefusalReason.TooLong, _) => "Your message is too long to read.",
        (SmsRefusalReason.UnreadableCharacters, DisplayLanguage.ZhHans) => "短信含有无法识别的字符。",
        (SmsRefusalReason.UnreadableCharacters, DisplayLanguage.ZhHant) => "簡訊含有無法識別的字元。",
        (SmsRefusalReason.UnreadableCharacters, _) => "Your message has characters we cannot read.",
        (SmsRefusalReason.UnknownServiceNumber, DisplayLanguage.ZhHans) => "本号码不受理举报，请发送至 {0}。",
        (SmsRefusalReason.UnknownServiceNumber, DisplayLanguage.ZhHant) => "本號碼不受理舉報，請發送至 {0}。",
        (SmsRefusalReason.UnknownServiceNumber, _) => "This number takes no reports; please text {0}.",
        (SmsRefusalReason.MissingNumber, DisplayLanguage.ZhHans) => "未找到被举报的号码。",
        (SmsRefusalReason.MissingNumber, DisplayLanguage.ZhHant) => "未找到被舉報的號碼。",
        (SmsRefusalReason.MissingNumber, _) => "The number you report is missing.",
        (SmsRefusalReason.InvalidNumber, DisplayLanguage.ZhHans) => "被举报的号码无效。",
        (SmsRefusalReason.InvalidNumber, DisplayLanguage.ZhHant) => "被舉報的號碼無效。",
        (SmsRefusalReason.InvalidNumber, _) => "The number you report is not a valid phone number.",
        (SmsRefusalReason.HiddenCharactersInNumber, DisplayLanguage.ZhHans) => "号码中夹有隐藏字符。",
        (SmsRefusalReason.HiddenCharactersInNumber, DisplayLanguage.ZhHant) => "號碼中夾有隱藏字元。",
        (SmsRefusalReason.HiddenCharactersInNumber, _) => "The number has hidden characters in it.",
        (SmsRefusalReason.EmergencyNumber, DisplayLanguage.ZhHans) => "紧急号码（如 110、119、120）不能被举报。",
        (SmsRefusalReason.EmergencyNumber, DisplayLanguage.ZhHant) => "緊急號碼（如 110、119、120）不能被舉報。",
        (SmsRefusalReason.EmergencyNumber, _) => "Emergency numbers such as 110, 119 and 120 cannot be reported.",
        (SmsRefusalReason.OwnNumber, DisplayLanguage.ZhHans) => "不能举报自己的号码。",
        (SmsRefusalReason.OwnNumber, DisplayLanguage.ZhHant) => "不能舉報自己的號碼。",
        (SmsRefusalReason.OwnNumber, _) => "You cannot report your own number.",
        (SmsRefusalReason.MissingSeparator, DisplayLanguage.ZhHans) => "号码后面请加一个 *。",
        (SmsRefusalReason.MissingSeparator, DisplayLanguage.ZhHant) => "號碼後面請加一個 *。",
        (SmsRefusalReason.MissingSeparator, _) => "Please put a * after the number.",
        (SmsRefusalReason.DoubledSeparator, DisplayLanguage.ZhHans) => "请只用一个 *。",
        (SmsRefusalReason.DoubledSeparator, DisplayLanguage.ZhHant) => "請只用一個 *。",
        (SmsRefusalReason.DoubledSeparator, _) => "Please use a single *.",
        (SmsRefusalReason.MissingTime, DisplayLanguage.ZhHans) => "未找到来电时间。",
        (SmsRefusalReason.MissingTime, DisplayLanguage.ZhHant) => "未找到來電時間。",
        (SmsRefusalReason.MissingTime, _) => "The call time is missing.",
        (SmsRefusalReason.TimeNotUnderstood, DisplayLanguage.ZhHans) => "未能识别来电时间。",
        (SmsRefusalReason.TimeNotUnderstood, DisplayLanguage.ZhHant) => "未能識別來電時間。",
        (SmsRefusalReason.TimeNotUnderstood, _) => "We could not read the call time.",
        (SmsRefusalReason.TimeInFuture, DisplayLanguage.ZhHans) => "来电时间晚于现在，请检查。",
        (SmsRefusalReason.TimeInFuture, DisplayLanguage.ZhHant) => "來電時間晚於現在，請檢查。",
        (SmsRefusalReason.TimeInFuture, _) => "The call time is in the future; please check it.",
        (SmsRefusalReason.TimeTooOld, DisplayLanguage.ZhHans) => "只受理 {1} 天内的来电。",
        (SmsRefusalReason.TimeTooOld, DisplayLanguage.ZhHant) => "只受理 {1} 天內的來電。",
        (SmsRefusalReason.TimeTooOld, _) => "Only calls of the last {1} days can be reported.",
        (SmsRefusalReason.MissingReason, DisplayLanguage.ZhHans) => "请写明原因或短信内容。",
        (SmsRefusalReason.MissingReason, DisplayLanguage.ZhHant) => "請寫明原因或簡訊內容。",
        (SmsRefusalReason.MissingReason, _) => "Please add the reason or the message text.",
        (SmsRefusalReason.MissingReference, DisplayLanguage.ZhHans) => "请附上受理编号。",
        (SmsRefusalReason.MissingReference, DisplayLanguage.ZhHant) => "請附上受理編號。",
        (SmsRefusalReason.MissingReference, _) => "Please add your report reference.",
        (SmsRefusalReason.InvalidReference, DisplayLanguage.ZhHans) => "受理编号有误。",
        (SmsRefusalReason.InvalidReference, DisplayLanguage.ZhHant) => "受理編號有誤。",
        (SmsRefusalReason.InvalidReference, _) => "That report reference is not valid.",
        (SmsRefusalReason.MultipleNumbers, DisplayLanguage.ZhHans) => "一条短信只能举报一个号码。",
        (SmsRefusalReason.MultipleNumbers, DisplayLanguage.ZhHant) => "一則簡訊只能舉報一個號碼。",
        (SmsRefusalReason.MultipleNumbers, _) => "Please report one number per message.",
        (_, DisplayLanguage.ZhHans) => "抱歉，未能识别这条短信。",
        (_, DisplayLanguage.ZhHant) => "抱歉，未能識別這則簡訊。",
        _ => "Sorry, we could not read your message.",
    };

    private static string Format(SmsGrammar grammar, DisplayLanguage language, DateTime example)
    {
        var time = example.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 14:30";
        return (grammar, language) switch
        {
            (SmsGrammar.NumberAndTime, DisplayLanguage.ZhHans) => $"请按“号码*时间”发送，例如 13912345678*{time}",
            (SmsGrammar.NumberAndTime, DisplayLanguage.ZhHant) => $"請按「號碼*時間」發送，例如 13912345678*{time}",
            (SmsGrammar.NumberAndTime, _) => $"Please send number*time, for example 13912345678*{time}",
            (_, DisplayLanguage.ZhHans) => "请按“号码*原因或短信内容”发送，例如 13612345678*推销保险",
            (_, DisplayLanguage.ZhHant) => "請按「號碼*原因或簡訊內容」發送，例如 13612345678*推銷保險",
            _ => "Please send number*reason or message text, for example 13612345678*insurance sales",
        };
    }

    private static string StatusQueryFormat(DisplayLanguage language, DateTime example)
    {
        var reference = "R" + example.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-000123";
        return language switch
        {
            DisplayLanguage.ZhHans => $"请按“CX 受理编号”发送，例如 CX {reference}",
            DisplayLanguage.ZhHant => $"請按「CX 受理編號」發送，例如 CX {reference}",
            _ => $"Please send CX and your reference, for example CX {reference}",
        };
    }
}
