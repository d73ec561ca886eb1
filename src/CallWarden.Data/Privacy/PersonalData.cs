using CallWarden.Core.Localization;
using CallWarden.Core.Privacy;
using CallWarden.Data.Feed;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// A person's rights over what CallWarden holds about their phone (PIPL arts. 44–47; issue #10 part 2):
/// see and download it, correct their contact details, withdraw. The same steps for the web page, the
/// API and the SMS keyword; every step is audited by the phone's digest and counts only.
/// </summary>
public sealed class PersonalData(IDbContextFactory<CallWardenDbContext> contexts, IEnumerable<IPersonalDataSection> sections, PrivacyNotices notices, TimeProvider time)
{
    private readonly IPersonalDataSection[] _sections = [.. sections];

    /// <summary>Every section's records about <paramref name="subject"/>; <paramref name="audited"/> records the download.</summary>
    public async Task<PersonalDataExport> ExportAsync(DataSubject subject, IntakeChannel channel, bool audited, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            var exported = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var section in _sections)
            {
                exported[section.Name] = await section.ExportAsync(db, subject, cancellationToken).ConfigureAwait(false);
            }

            if (audited)
            {
                db.PrivacyAudit.Add(Audit(subject, PrivacyAction.Exported, channel, now, "sections=" + string.Join(",", exported.Keys)));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return new PersonalDataExport(subject.Identity, now, notices.Current, exported);
        }
    }

    /// <summary>
    /// Removes the person: each section in one transaction, then the audit entry and a confirmation by SMS
    /// to the phone. Reports stay as anonymous evidence; the counts they made do not change.
    /// </summary>
    public async Task<WithdrawalOutcome> WithdrawAsync(DataSubject subject, IntakeChannel channel, DisplayLanguage language, string? serviceNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var removed = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var section in _sections)
                {
                    removed[section.Name] = await section.WithdrawAsync(db, subject, now, cancellationToken).ConfigureAwait(false);
                }

                var outcome = new WithdrawalOutcome(now, removed);
                db.PrivacyAudit.Add(Audit(subject, PrivacyAction.Withdrawn, channel, now, outcome.Detail));
                db.Outbox.Add(new OutboxMessage
                {
                    Channel = OutboxChannel.Sms,
                    Recipient = subject.Identity,
                    Language = language.Tag(),
                    TemplateKey = OutboxTemplates.ConsentWithdrawn,
                    Parameters = "{}",
                    DedupKey = $"withdrawn:{subject.Digest[..16]}:{now.UtcTicks}",
                    Sender = serviceNumber,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
                await ChangeFeed.LockForAppendAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return outcome;
            }
        }
    }

    /// <summary>An SMS asked to withdraw: recorded (by digest), so that a confirmation within <paramref name="window"/> can carry it out.</summary>
    public async Task RequestWithdrawalAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.PrivacyAudit.Add(Audit(subject, PrivacyAction.WithdrawalRequested, IntakeChannel.Sms, time.GetUtcNow(), "awaiting confirmation"));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when the phone asked to withdraw within <paramref name="window"/> and has not withdrawn since.</summary>
    public async Task<bool> AwaitsConfirmationAsync(DataSubject subject, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var since = time.GetUtcNow() - window;
            var digest = subject.Digest;
            var last = await db.PrivacyAudit.AsNoTracking()
                .Where(a => a.SubjectDigest == digest && a.At >= since && (a.Action == PrivacyAction.WithdrawalRequested || a.Action == PrivacyAction.Withdrawn))
                .OrderByDescending(a => a.Id).Select(a => (PrivacyAction?)a.Action).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return last == PrivacyAction.WithdrawalRequested;
        }
    }

    /// <summary>The person's contact details as stored.</summary>
    public async Task<ContactDetails> ContactAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await ContactDetails.ReadAsync(db, subject, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sets the name and email address in every web report of the phone, and the language of every message
    /// to it (a result notice still to come takes it from its acknowledgement). Check <see cref="ContactCorrection.Problems"/> first.
    /// </summary>
    public async Task<ContactDetails> CorrectAsync(DataSubject subject, ContactCorrection correction, IntakeChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(correction);
        if (correction.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("The correction cannot be stored: " + string.Join(", ", problems), nameof(correction));
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            var reports = 0;
            foreach (var report in await ContactDetails.WebReports(db, subject).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (ContactDetails.Form(report.RawPayload) is { } form)
                {
                    form["name"] = Blank(correction.Name);
                    form["email"] = Blank(correction.Email);
                    report.RawPayload = form.ToJsonString(PayloadJson);
                    reports++;
                }
            }

            var tag = correction.Language.Tag();
            var messages = await db.Outbox.Where(m => m.Recipient == subject.Identity && m.Language != tag)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Language, tag), cancellationToken).ConfigureAwait(false);
            db.PrivacyAudit.Add(Audit(subject, PrivacyAction.Corrected, channel, now, $"reports={reports} messages={messages}"));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return await ContactDetails.ReadAsync(db, subject, cancellationToken).ConfigureAwait(false);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions PayloadJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static PrivacyAuditRecord Audit(DataSubject subject, PrivacyAction action, IntakeChannel? channel, DateTimeOffset at, string detail) => new()
    {
        SubjectDigest = subject.Digest,
        Action = action,
        Channel = channel,
        At = at,
        Detail = detail.Length <= PrivacyAuditRecord.DetailLength ? detail : detail[..PrivacyAuditRecord.DetailLength],
    };
}
