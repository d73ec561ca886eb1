using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Evidence;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Reads a report mail: the sender, the numbers, time and category from subject and body (Chinese or
/// English), and every attachment checked as evidence. One bad attachment refuses the whole mail, so
/// the sender learns at once instead of a report silently missing its proof.
/// </summary>
internal sealed class MailReportReader(MailOptions options)
{
    /// <summary>Text beyond this is not read for numbers, time or category: reports are short.</summary>
    private const int MaxText = 64 * 1024;

    public MailReading Read(MimeMessage message, string? envelopeSender, ReadOnlySpan<byte> raw, DateTimeOffset now)
    {
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        var sender = from ?? envelopeSender;
        var replyable = from is not null && envelopeSender is not null && string.Equals(from.Trim(), envelopeSender.Trim(), StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(sender) || sender.Length > 254 || sender.Any(char.IsControl) || !sender.Contains('@', StringComparison.Ordinal))
        {
            return MailReading.Refused("the mail has no usable sender address to reply to");
        }

        StringBuilder body = new();
        List<EvidenceFile> evidence = [];
        var parts = 0;
        if (Walk(message.Body, 0, body, evidence, ref parts) is { } refusal)
        {
            return MailReading.Refused(refusal);
        }

        var subject = Clip(message.Subject ?? "", 998);
        var text = Clip(subject + "\n" + body, MaxText);

        // The subject names the reported number; the body only when the subject has none, because
        // bodies also mention the reporter's own number ("called me on 139…").
        var numbers = MailNumberFinder.Find(subject, options.Region, options.MaxNumbers);
        if (numbers.Count == 0)
        {
            numbers = MailNumberFinder.Find(Clip(body.ToString(), MaxText), options.Region, options.MaxNumbers);
        }

        var messageId = string.IsNullOrWhiteSpace(message.MessageId) || message.MessageId.Length > 100
            ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw))
            : message.MessageId;
        return new MailReading(new MailReport(
            sender.Trim().ToLowerInvariant(),
            messageId,
            subject,
            Clip(body.ToString(), MaxText),
            numbers,
            MailTimeFinder.Find(text, now, options.ReportWindow),
            ReportCategoryGuesser.Guess(text, ReportCategory.Other),
            ReplyLanguageDetector.Detect(text, DisplayLanguage.ZhHans),
            evidence,
            replyable,
            WithheldCallerText.Find(text)), null);
    }

    private string? Walk(MimeEntity? entity, int depth, StringBuilder body, List<EvidenceFile> evidence, ref int parts)
    {
        if (depth > options.MaxDepth)
        {
            return $"the mail nests parts deeper than {options.MaxDepth} levels";
        }

        switch (entity)
        {
            case null:
                return null;
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    if (Walk(child, depth + 1, body, evidence, ref parts) is { } refusal)
                    {
                        return refusal;
                    }
                }

                return null;
        }

        if (++parts > options.MaxParts)
        {
            return $"the mail has more than {options.MaxParts} parts";
        }

        return entity switch
        {
            MessagePart sample => Attach(sample.ContentDisposition?.FileName ?? "message.eml", "message/rfc822", Bytes(sample), evidence),
            TextPart text when !text.IsAttachment && body.Length < MaxText => Append(body, text),
            MimePart part => Attach(part.FileName ?? "(unnamed)", part.ContentType.MimeType, Bytes(part), evidence),
            _ => null,
        };
    }

    private static string? Append(StringBuilder body, TextPart text)
    {
        // An HTML alternative repeats the plain text; only a mail with nothing else is read from HTML.
        if (text.IsHtml && body.Length > 0)
        {
            return null;
        }

        body.AppendLine(text.IsHtml ? HtmlText(text.Text) : text.Text);
        return null;
    }

    private static string? Attach(string fileName, string declaredType, byte[] bytes, List<EvidenceFile> evidence)
    {
        var file = EvidenceCheck.Check(fileName, declaredType, bytes, out var refusal);
        if (file is not null)
        {
            evidence.Add(file);
        }

        return refusal?.Message;
    }

    private static byte[] Bytes(MimePart part)
    {
        using MemoryStream stream = new();
        part.Content?.DecodeTo(stream);
        return stream.ToArray();
    }

    private static byte[] Bytes(MessagePart part)
    {
        using MemoryStream stream = new();
        part.Message?.WriteTo(stream);
        return stream.ToArray();
    }

    private static string HtmlText(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
