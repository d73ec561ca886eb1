using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Registry;
using CallWarden.Data.Reports;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Sms;

/// <summary>
/// The keyword commands' effects on the sender's own data: the status of a report they filed, and
/// their screening rules (interception on = community reputation blocks at the default threshold,
/// off = label only), and the refusal registry (TD = all marketing refused, issue #10 part 5).
/// </summary>
internal sealed class SmsSubscriberCommands(IDbContextFactory<CallWardenDbContext> contexts, ConsentLedger consents, TimeProvider time, RefusalRegistry refusals)
{
    private const int SaveAttempts = 3;

    public async Task<string> StatusAsync(PhoneNumber sender, string reference, DisplayLanguage language, CancellationToken cancellationToken) =>
        await ReporterReports.CaseStateAsync(contexts, reference, sender.E164, cancellationToken) is { } state
            ? SmsTemplates.Status(reference, state, language)
            : SmsTemplates.UnknownReference(reference, language);

    public async Task<string> InterceptionAsync(PhoneNumber sender, bool on, DisplayLanguage language, CancellationToken cancellationToken)
    {
        await ChangeRulesAsync(sender, r => on
            ? r with { LabelOnly = false, ReputationThreshold = SubscriberRules.Default.ReputationThreshold, ReputationDisposition = SubscriberRules.Default.ReputationDisposition }
            : r with { LabelOnly = true }, cancellationToken);
        return on ? SmsTemplates.InterceptionOn(language) : SmsTemplates.InterceptionOff(language);
    }

    /// <param name="categories">What <c>TD 贷款 保险</c> named; none for <c>TD</c> alone, which refuses all marketing.</param>
    public async Task<string> RefuseMarketingAsync(PhoneNumber sender, MarketingCategories categories, DisplayLanguage language, CancellationToken cancellationToken)
    {
        // The reply is the confirmation, so no separate notice is queued.
        var some = categories is not (MarketingCategories.None or MarketingCategories.All);
        var refused = await refusals.ChangeAsync(sender.E164, some ? categories : MarketingCategories.All, MarketingCategories.None, "sms", null, null, cancellationToken);
        return some ? RefusalWording.Confirmation(refused, language) : SmsTemplates.MarketingRefused(language);
    }

    /// <param name="categories">What <c>取消退订 贷款</c> named; none for <c>取消退订</c> alone, which withdraws the whole refusal.</param>
    public async Task<string> WithdrawMarketingRefusalAsync(PhoneNumber sender, MarketingCategories categories, DisplayLanguage language, CancellationToken cancellationToken)
    {
        // The reply is the confirmation (what is still refused, or that nothing is), so no separate notice is queued.
        var withdraw = categories == MarketingCategories.None ? MarketingCategories.All : categories;
        var refused = await refusals.ChangeAsync(sender.E164, MarketingCategories.None, withdraw, "sms", null, null, cancellationToken);
        return RefusalWording.Confirmation(refused, language);
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
