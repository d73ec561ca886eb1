using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Sms;

/// <summary>
/// The keyword commands' effects on the sender's own data: the status of a report they filed, and
/// their screening rules (interception on = community reputation blocks at the default threshold,
/// off = label only; TD = the marketing refusal flag).
/// </summary>
internal sealed class SmsSubscriberCommands(IDbContextFactory<CallWardenDbContext> contexts, ConsentLedger consents, TimeProvider time)
{
    private const int SaveAttempts = 3;

    public async Task<string> StatusAsync(PhoneNumber sender, string reference, DisplayLanguage language, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only the phone that filed the report learns anything, even that it exists.
        var report = await db.Reports.AsNoTracking()
            .Where(r => r.Reference == reference && r.Reporter!.Phone == sender.E164)
            .Select(r => new { r.CaseId })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return SmsTemplates.UnknownReference(reference, language);
        }

        var state = await db.Cases.AsNoTracking().Where(c => c.Id == report.CaseId).Select(c => c.State).FirstAsync(cancellationToken);
        return SmsTemplates.Status(reference, state, language);
    }

    public async Task<string> InterceptionAsync(PhoneNumber sender, bool on, DisplayLanguage language, CancellationToken cancellationToken)
    {
        await ChangeRulesAsync(sender, r => on
            ? r with { LabelOnly = false, ReputationThreshold = SubscriberRules.Default.ReputationThreshold, ReputationDisposition = SubscriberRules.Default.ReputationDisposition }
            : r with { LabelOnly = true }, cancellationToken);
        return on ? SmsTemplates.InterceptionOn(language) : SmsTemplates.InterceptionOff(language);
    }

    public async Task<string> RefuseMarketingAsync(PhoneNumber sender, DisplayLanguage language, CancellationToken cancellationToken)
    {
        await ChangeRulesAsync(sender, r => r with { RefusesMarketing = true }, cancellationToken);
        return SmsTemplates.MarketingRefused(language);
    }

    /// <summary>Read, change, save with the version check; a concurrent save (the web page) makes us reread.</summary>
    private async Task ChangeRulesAsync(PhoneNumber sender, Func<SubscriberRules, SubscriberRules> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rules = await SubscriberRuleStore.LoadAsync(db, sender.E164, cancellationToken);
            var saved = await SubscriberRuleStore.SaveAsync(db, sender.E164, change(rules), rules.Version, time.GetUtcNow(), cancellationToken: cancellationToken);
            if (saved is not null)
            {
                // Turning screening on or off, or refusing marketing, is signing up to screening (issue #10 part 1).
                await consents.RecordAsync(sender, ConsentPurpose.Screening, IntakeChannel.Sms, cancellationToken);
                return;
            }

            if (attempt == SaveAttempts)
            {
                throw new DbUpdateConcurrencyException($"The rules of {sender.ToE164String()} kept changing during an SMS command");
            }
        }
    }
}
