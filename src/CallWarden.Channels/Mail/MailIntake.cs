using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Evidence;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Turns one received mail into reports: one per reported number, each with the mail's evidence,
/// through the same <see cref="ReportIntake"/> as every channel (so the acknowledgement reply is
/// queued with the report). A mail without a number is answered with the format, never ignored.
/// Only a mail whose envelope sender is its <c>From:</c> is answered at all; its reports are filed either way.
/// A sender over the per-reporter limit is told once per window and then not answered.
/// </summary>
internal sealed class MailIntake(
    ReportIntake intake, EvidenceStore evidence, IDbContextFactory<CallWardenDbContext> contexts, MailOptions options, ReporterLimits limits, IOptions<ReporterLimitsOptions> limitOptions, TimeProvider time)
{
    private readonly MailReportReader _reader = new(options);

    public async Task<MailOutcome> AcceptAsync(ReadOnlyMemory<byte> raw, string? envelopeSender, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw.ToArray(), writable: false);
            message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException)
        {
            return new MailOutcome(554, "5.6.0 the mail could not be read as MIME", []);
        }

        var reading = _reader.Read(message, envelopeSender, raw.Span, now);
        if (reading.Report is not { } report)
        {
            return new MailOutcome(554, "5.7.1 " + reading.Refusal, []);
        }

        if (report.Numbers.Count == 0)
        {
            if (report.Replyable)
            {
                await QueueReplyAsync(report, "mailhelp:", OutboxTemplates.MailFormatHelp, null, now, cancellationToken).ConfigureAwait(false);
            }

            return new MailOutcome(250, "2.0.0 no reported number found; a reply explains the format", []);
        }

        if (limits.Take(null, report.Sender, "mail") is { Allowed: false } verdict)
        {
            if (verdict.FirstRefusal && report.Replyable)
            {
                var notice = Sms.SmsTemplates.OverLimit(limitOptions.Value.ReportsPerHour, verdict.RetryAfter, report.Language);
                await QueueReplyAsync(report, "maillimit:", null, notice, now, cancellationToken).ConfigureAwait(false);
            }

            // Taken and dropped: a refusal would make the sender's server bounce every further mail, a reply per message after all.
            return new MailOutcome(250, "2.0.0 not filed: the sender is over the limit of reports per hour", []);
        }

        await evidence.WriteFilesAsync(report.Evidence, cancellationToken).ConfigureAwait(false);
        List<string> references = [];
        for (var i = 0; i < report.Numbers.Count; i++)
        {
            var result = await intake.SubmitAsync(Submission(report, i, now), cancellationToken).ConfigureAwait(false);
            if (result.Conflict)
            {
                // The sender's Message-ID already names another report of theirs: refused, so that their server tells them.
                return new MailOutcome(554, "5.7.1 this Message-ID was already used by this sender for a different report; send it as a new mail", references);
            }

            if (result.Receipt is not { } receipt)
            {
                var why = string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Message}"));
                return new MailOutcome(554, "5.7.1 " + EvidenceCheck.Printable(why), references);
            }

            // Also on a duplicate: a resent mail whose first delivery lost its evidence rows gets them now.
            await evidence.RecordAsync(receipt.Reference, report.Evidence, now, cancellationToken).ConfigureAwait(false);
            references.Add(receipt.Reference);
        }

        return new MailOutcome(250, "2.0.0 report " + string.Join(", ", references) + " received", references);
    }

    private static ReportSubmission Submission(MailReport report, int index, DateTimeOffset now)
    {
        var (text, number) = report.Numbers[index];

        // "未显示号码 … 打到我们公司 010-62345678": the one number is the line the hidden caller rang (issue #14 item 8).
        var withheld = report.WithheldCaller is not null && report.Numbers.Count == 1;
        var key = index == 0 ? "mail:" + report.MessageId : $"mail:{report.MessageId}#{index}";
        return new ReportSubmission(
            IntakeChannel.Email,
            MailText.Field($"From: {report.Sender}\nSubject: {report.Subject}\n\n{report.Body}", SubmissionLimits.RawPayload, multiline: true),
            now,
            ReporterPhone: null,
            ReporterIdentity: report.Sender,
            IdempotencyKey: MailText.Field(key, SubmissionLimits.IdempotencyKey, multiline: false),
            TargetText: MailText.Field(withheld ? report.WithheldCaller! : text, SubmissionLimits.TargetText, multiline: false),
            CategoryCode: report.Category.ToCode(),
            OccurredAt: report.OccurredAt,
            Reason: MailText.Field(report.Subject, SubmissionLimits.Reason, multiline: false),
            Content: MailText.Field(report.Body, SubmissionLimits.Content, multiline: true),
            ProofOfCall: report.Evidence.Any(e => e.IsRecording),
            Language: report.Language,
            Target: withheld ? PhoneNumber.Anonymous : number,
            Acknowledge: report.Replyable,
            CalledText: withheld ? MailText.Field(text, SubmissionLimits.TargetText, multiline: false) : null);
    }

    private async Task QueueReplyAsync(MailReport report, string kind, string? template, string? body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A Message-ID is its sender's own: another sender's mail with the same one gets its own reply (issue #9).
        var dedup = kind + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{report.Sender}\n{report.MessageId}")))[..40];
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.Outbox.AnyAsync(m => m.DedupKey == dedup, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            db.Outbox.Add(new OutboxMessage
            {
                Channel = OutboxChannel.Email,
                Recipient = report.Sender,
                Language = report.Language.Tag(),
                TemplateKey = template,
                Body = body,
                DedupKey = dedup,
                CreatedAt = now,
                NextAttemptAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The same mail delivered twice at once: the unique dedup key let one help reply in.
                // Anything else is a real failure, and the sender's server retries on the 4xx.
                db.ChangeTracker.Clear();
                if (!await db.Outbox.AnyAsync(m => m.DedupKey == dedup, cancellationToken).ConfigureAwait(false))
                {
                    throw;
                }
            }
        }
    }
}
