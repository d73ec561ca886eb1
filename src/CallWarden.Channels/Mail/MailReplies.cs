using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CallWarden.Core.Localization;
using CallWarden.Data.Outbox;
using CallWarden.Data.Workflow;
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
        if (row.TemplateKey == FormatHelp.Template)
        {
            return FormatHelp.Render(language);
        }

        if (row.TemplateKey is null)
        {
            return ("CallWarden", row.Body ?? "");
        }

        using var parameters = JsonDocument.Parse(row.Parameters ?? "{}");
        var reference = Value(parameters, "reference");
        var number = Value(parameters, "number");
        return (row.TemplateKey, language) switch
        {
            ("report.acknowledged", DisplayLanguage.En) => ($"CallWarden: report {reference} received",
                $"Your report against {number} was received with the reference {reference}.\nYou will be told what the carrier did about it."),
            ("report.acknowledged", DisplayLanguage.ZhHant) => ($"CallWarden：舉報 {reference} 已受理", $"您對 {number} 的舉報已受理，編號 {reference}。\n處理結果將另行通知。"),
            ("report.acknowledged", _) => ($"CallWarden：举报 {reference} 已受理", $"您对 {number} 的举报已受理，编号 {reference}。\n处理结果将另行通知。"),
            (ResultNotices.Template, DisplayLanguage.En) => ($"CallWarden: result of report {reference}",
                $"The carrier acted on {number} (your report {reference}): {Value(parameters, "action")}."),
            (ResultNotices.Template, DisplayLanguage.ZhHant) => ($"CallWarden：舉報 {reference} 處理結果", $"運營商已處理 {number}（舉報編號 {reference}）：{Value(parameters, "action")}。"),
            (ResultNotices.Template, _) => ($"CallWarden：举报 {reference} 处理结果", $"运营商已处理 {number}（举报编号 {reference}）：{Value(parameters, "action")}。"),
            _ => throw new InvalidOperationException($"Outbox row {row.Id} has the template '{row.TemplateKey}', which mail replies do not know"),
        };
    }

    private static string Value(JsonDocument parameters, string name) =>
        parameters.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
