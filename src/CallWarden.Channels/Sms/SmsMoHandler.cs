using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Sms;

/// <summary>
/// One MO through the SMS grammar of the number it was sent to. Every answer leaves through the
/// outbox: a report's acknowledgement is queued by intake
/// in the report's own transaction, a reply to a command or a refusal is queued here under the
/// key <c>reply:&lt;sender&gt;:&lt;message&gt;</c>; so a replayed Kannel message creates nothing new, and every
/// answer gets the sender's retries and exactly-once delivery.
/// </summary>
internal sealed class SmsMoHandler(
    SmsCommandParser parser,
    ReportIntake intake,
    IDbContextFactory<CallWardenDbContext> contexts,
    SmsSubscriberCommands commands,
    SmsPrivacyCommands privacy,
    SmsOutboxSignal signal,
    ReporterLimits limits,
    IOptions<ReporterLimitsOptions> limitOptions,
    TimeProvider time)
{
    public async Task<SmsMoOutcome> HandleAsync(KannelMo mo, CancellationToken cancellationToken)
    {
        var key = MessageKey(mo);
        var parsed = parser.Parse(mo.To, mo.Text, mo.From);
        var sender = mo.From.Length <= PhoneNumberNormalizer.MaxInputLength ? PhoneNumberNormalizer.Default.Normalize(mo.From) : PhoneNumber.Invalid;
        if (!sender.IsValid)
        {
            return new SmsMoOutcome(SmsMoKind.NoSender, null);
        }

        SmsMoOutcome outcome = parsed switch
        {
            SmsReport report => await ReportAsync(report, mo, key, cancellationToken),
            SmsCommand { Kind: SmsCommandKind.StatusQuery } query => new(SmsMoKind.StatusQuery, await commands.StatusAsync(sender, query.Reference!, query.Language, cancellationToken)),
            SmsCommand { Kind: SmsCommandKind.InterceptionOn } on => new(SmsMoKind.InterceptionOn, await commands.InterceptionAsync(sender, true, on.Language, cancellationToken)),
            SmsCommand { Kind: SmsCommandKind.InterceptionOff } off => new(SmsMoKind.InterceptionOff, await commands.InterceptionAsync(sender, false, off.Language, cancellationToken)),
            SmsCommand { Kind: SmsCommandKind.DeleteRequest } delete => await privacy.RequestAsync(sender, delete.Language, cancellationToken),
            SmsCommand { Kind: SmsCommandKind.DeleteConfirm } confirm => await privacy.ConfirmAsync(sender, ServiceNumber(mo), confirm.Language, cancellationToken),
            SmsCommand { Kind: SmsCommandKind.WithdrawMarketingRefusal } withdraw => new(SmsMoKind.WithdrawMarketingRefusal, await commands.WithdrawMarketingRefusalAsync(sender, withdraw.Categories, withdraw.Language, cancellationToken)),
            SmsCommand refuse => new(SmsMoKind.RefuseMarketing, await commands.RefuseMarketingAsync(sender, refuse.Categories, refuse.Language, cancellationToken)),
            SmsRefusal refusal => new(SmsMoKind.Refused, refusal.Reply),
            _ => throw new InvalidOperationException($"Unknown SMS parse result {parsed.GetType().Name}"),
        };
        if (outcome.Kind is not (SmsMoKind.Report or SmsMoKind.Duplicate) && outcome.Reply is { } reply)
        {
            await QueueReplyAsync(sender, ServiceNumber(mo), parsed.Language, reply, key, cancellationToken);
        }

        signal.Wake();
        return outcome;
    }

    private async Task<SmsMoOutcome> ReportAsync(SmsReport report, KannelMo mo, string key, CancellationToken cancellationToken)
    {
        if (limits.Take(mo.From, null, "sms") is { Allowed: false } verdict)
        {
            // One explanation per window: answering every refused message would turn the limit into a flood of replies.
            return new SmsMoOutcome(SmsMoKind.OverLimit, verdict.FirstRefusal ? SmsTemplates.OverLimit(limitOptions.Value.ReportsPerHour, verdict.RetryAfter, report.Language) : null);
        }

        var submission = new ReportSubmission(
            IntakeChannel.Sms, $"from={mo.From} to={mo.To} ts={mo.Timestamp} id={mo.MessageId} smsc={mo.Smsc}\n{mo.Text}", time.GetUtcNow(),
            mo.From, null, "kannel:" + key, report.TargetText, report.Category.ToCode(), report.OccurredAt, report.Reason, report.Content,
            Language: report.Language, Target: report.Target,
            ServiceNumber: ServiceNumber(mo),
            CalledText: report.CallerWithheld ? mo.From : null); // the phone that texted is the line the hidden caller rang
        var result = await intake.SubmitAsync(submission, cancellationToken);
        if (result.Conflict)
        {
            // The phone's gateway id already names another text (Kannel reuses ids after a restart): a new message.
            // Keyed by its text, so that a replay of it is still one report; and if even that is taken, by its arrival.
            result = await intake.SubmitAsync(submission with { IdempotencyKey = $"kannel:{key}~{TextDigest(mo.Text)}" }, cancellationToken);
            if (result.Conflict)
            {
                result = await intake.SubmitAsync(submission with { IdempotencyKey = $"kannel:{key}~{TextDigest(mo.Text)}~{submission.ReceivedAt.UtcTicks}" }, cancellationToken);
            }
        }

        if (result.Receipt is { } receipt)
        {
            // The acknowledgement is already in the outbox, written with the report.
            return new SmsMoOutcome(receipt.Duplicate ? SmsMoKind.Duplicate : SmsMoKind.Report, null, receipt.Reference);
        }

        return new SmsMoOutcome(SmsMoKind.Refused, SmsTemplates.NotTaken(report.Language));
    }

    private async Task QueueReplyAsync(PhoneNumber sender, string? serviceNumber, DisplayLanguage language, string reply, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A gateway id is its sender's own: another phone's message with the same id gets its own answer (issue #9).
        var dedup = $"reply:{sender.ToE164String()}:{key}";
        if (await db.Outbox.AnyAsync(m => m.DedupKey == dedup, cancellationToken))
        {
            return;
        }

        db.Outbox.Add(new OutboxMessage
        {
            Channel = OutboxChannel.Sms,
            Recipient = sender.ToE164String(),
            Language = language.Tag(),
            Body = reply,
            DedupKey = dedup,
            Sender = serviceNumber,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same message replayed concurrently: its twin queued the reply. Anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.Outbox.AsNoTracking().AnyAsync(m => m.DedupKey == dedup, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>The number the user texted, which answers come from; null (the default sender) when it is not a plain short number.</summary>
    internal static string? ServiceNumber(KannelMo mo) =>
        mo.To.Trim() is { Length: > 0 and <= 20 } to && to.All(char.IsAsciiDigit) ? to : null;

    private static string TextDigest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));

    /// <summary>Kannel's message id when it is a plain token; otherwise a digest of what identifies the message.</summary>
    internal static string MessageKey(KannelMo mo)
    {
        if (mo.MessageId is { Length: > 0 and <= 64 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return id;
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{mo.From}\n{mo.To}\n{mo.Timestamp}\n{mo.MessageId}\n{mo.Text}"));
        return "h" + Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }
}
