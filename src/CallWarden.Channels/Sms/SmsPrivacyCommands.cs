using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Sms;

/// <summary>
/// <c>删除</c> / <c>DELETE</c> and its confirmation (issue #10 part 2): the first asks the sender to reply
/// <c>确认删除</c> / <c>CONFIRM DELETE</c> within <see cref="PrivacyOptions.ConfirmWithin"/>; the reply in time
/// withdraws the phone's consent exactly as the web page does, and the withdrawal queues its own confirmation.
/// A stray or late confirmation deletes nothing. A text can come from a spoofed sender only as far as the
/// gateway allows; the confirmation round trip means the phone itself must answer.
/// </summary>
internal sealed class SmsPrivacyCommands(PersonalData data, IOptions<PrivacyOptions> options)
{
    private int Minutes => (int)options.Value.ConfirmWithin.TotalMinutes;

    public async Task<SmsMoOutcome> RequestAsync(PhoneNumber sender, DisplayLanguage language, CancellationToken cancellationToken)
    {
        await data.RequestWithdrawalAsync(new DataSubject(sender), cancellationToken);
        return new SmsMoOutcome(SmsMoKind.DeleteRequested, SmsTemplates.DeleteAsked(Minutes, language));
    }

    public async Task<SmsMoOutcome> ConfirmAsync(PhoneNumber sender, string? serviceNumber, DisplayLanguage language, CancellationToken cancellationToken)
    {
        var subject = new DataSubject(sender);
        if (!await data.AwaitsConfirmationAsync(subject, options.Value.ConfirmWithin, cancellationToken))
        {
            return new SmsMoOutcome(SmsMoKind.DeleteNotRequested, SmsTemplates.DeleteNotAsked(Minutes, language));
        }

        await data.WithdrawAsync(subject, IntakeChannel.Sms, language, serviceNumber, cancellationToken);
        return new SmsMoOutcome(SmsMoKind.Deleted, null);
    }
}
