using System.Security.Cryptography;
using System.Text;
using CallWarden.Channels.Notices;
using CallWarden.Channels.Sms;
using CallWarden.Core.Localization;
using CallWarden.Data.Outbox;
using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Renders an outbox row as a reply mail. Its Message-ID comes from the row's dedup key, so if a
/// crash ever made the worker hand a mail to the relay twice, the two would be one message.
/// </summary>
internal static class MailReplies
{
    public static MimeMessage Render(OutboxMessage row, MailboxAddress from)
    {
        var language = DisplayLanguages.FromCultureName(row.Language);
        var (subject, body) = Text(row, language);
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(row.Recipient));
        message.MessageId = MessageId(row.DedupKey, from.Domain);
        return message;
    }

    public static string MessageId(string dedupKey, string domain) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dedupKey)))[..32] + "@" + domain;

    private static (string Subject, string Body) Text(OutboxMessage row, DisplayLanguage language)
    {
        if (row.TemplateKey == OutboxTemplates.MailFormatHelp)
        {
            return FormatHelp.Render(language);
        }

        if (row.TemplateKey is null)
        {
            return ("CallWarden", row.Body ?? "");
        }

        var p = NoticeParameters.Parse(row.Parameters)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has parameters without a reference");
        var (reference, number) = (p.Reference, SmsTemplates.Display(p.Number));
        return (row.TemplateKey, language) switch
        {
            (OutboxTemplates.ReportAcknowledged, DisplayLanguage.En) => ($"CallWarden: report {reference} received",
                $"Your report against {number} was received with the reference {reference}.\nYou will be told what the carrier did about it." + Advice(p, language)),
            (OutboxTemplates.ReportAcknowledged, DisplayLanguage.ZhHant) => ($"CallWarden：舉報 {reference} 已受理", $"您對 {number} 的舉報已受理，編號 {reference}。\n處理結果將另行通知。" + Advice(p, language)),
            (OutboxTemplates.ReportAcknowledged, _) => ($"CallWarden：举报 {reference} 已受理", $"您对 {number} 的举报已受理，编号 {reference}。\n处理结果将另行通知。" + Advice(p, language)),
            (OutboxTemplates.CaseResult, DisplayLanguage.En) => ($"CallWarden: result of report {reference}",
                $"Your report {reference} against {number} is resolved: {Done(p, language)}.\nThank you for reporting."),
            (OutboxTemplates.CaseResult, DisplayLanguage.ZhHant) => ($"CallWarden：舉報 {reference} 處理結果", $"您對 {number} 的舉報（編號 {reference}）已處理：{Done(p, language)}。\n感謝您的舉報。"),
            (OutboxTemplates.CaseResult, _) => ($"CallWarden：举报 {reference} 处理结果", $"您对 {number} 的举报（编号 {reference}）已处理：{Done(p, language)}。\n感谢您的举报。"),
            _ => throw new InvalidOperationException($"Outbox row {row.Id} has the template '{row.TemplateKey}', which mail replies do not know"),
        };
    }

    private static string Done(NoticeParameters p, DisplayLanguage language) => NoticeWording.Action(p.Action, p.Until, p.Days, language);

    private static string Advice(NoticeParameters p, DisplayLanguage language) =>
        NoticeWording.PoliceAdvice(p.Category, language) is { } advice ? "\n\n" + advice : "";
}
