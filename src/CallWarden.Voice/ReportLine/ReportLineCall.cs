using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;
using CallWarden.Core.Reports;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Reports;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;
using Microsoft.Extensions.Logging;

namespace CallWarden.Voice.ReportLine;

/// <summary>
/// One call to the report line, following issue #11 part 3: 1 report (number then #, read back, 1 confirm /
/// 2 re-enter; when 1–4; what 1–5), 2 follow a report by its reference, 3 refuse marketing calls; 9 switches
/// between the caller's Chinese and English. The report goes through the same intake as every channel.
/// </summary>
internal sealed class ReportLineCall(IVoiceCall call, KeypadDialog dialog, ReportLineServices services)
{
    /// <summary>Numbers keyed in that are not a phone number, after which the line says goodbye.</summary>
    private const int NumberAttempts = 3;

    private readonly PhoneNumber? _caller = Caller(call.Invite.CallerNumber);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await dialog.SayAsync(PromptKeys.Welcome, cancellationToken);
        while (true)
        {
            var choice = await dialog.AskAsync(MainMenu, "1239", cancellationToken);
            switch (choice)
            {
                case '1':
                    await ReportAsync(cancellationToken);
                    return;
                case '2':
                    await FollowAsync(cancellationToken);
                    return;
                case '3':
                    await RefuseAsync(cancellationToken);
                    return;
                case '9':
                    dialog.Language = OtherLanguage;
                    continue;
                default:
                    return; // silence or wrong keys: the goodbye is said
            }
        }
    }

    /// <summary>Key 9's language: English for a Chinese speaker; back to the caller's Chinese (Mandarin for a caller greeted in English).</summary>
    private VoiceLanguage OtherLanguage => dialog.Language != VoiceLanguage.English
        ? VoiceLanguage.English
        : dialog.Greeting == VoiceLanguage.English ? VoiceLanguage.Mandarin : dialog.Greeting;

    /// <summary>The menu, then the other language offering itself in its own voice ("For English, press 9" / "普通话服务，请按9").</summary>
    private IReadOnlyList<AudioClip> MainMenu() => [dialog.Clip(PromptKeys.MainMenu), services.Prompts.Clip(OtherLanguage, PromptKeys.LanguageOffer)];

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var (keyed, target) = (string.Empty, PhoneNumber.Invalid);
        for (var attempt = 1; ; attempt++)
        {
            var digits = await dialog.ReadDigitsAsync(PromptKeys.NumberEnter, cancellationToken);
            if (digits is null)
            {
                return;
            }

            var number = digits.Length <= KeypadDialog.MaxDigits ? PhoneNumberNormalizer.Default.Normalize(digits) : PhoneNumber.Invalid;
            if (!number.IsValid || number.Kind is NumberKind.Emergency or NumberKind.Anonymous)
            {
                await dialog.SayAsync(PromptKeys.NumberInvalid, cancellationToken);
                if (attempt == NumberAttempts)
                {
                    await dialog.SayAsync(PromptKeys.Goodbye, cancellationToken);
                    return;
                }

                continue;
            }

            await dialog.SayAsync(cancellationToken, [dialog.Clip(PromptKeys.NumberReadback), .. dialog.Digits(digits)]);
            var confirm = await dialog.AskAsync(() => [dialog.Clip(PromptKeys.NumberConfirm)], "12", cancellationToken);
            if (confirm is null)
            {
                return;
            }

            if (confirm == '1')
            {
                (keyed, target) = (digits, number);
                break;
            }
        }

        var when = await dialog.AskAsync(() => [dialog.Clip(PromptKeys.WhenAsk)], "1234", cancellationToken);
        if (when is null)
        {
            return;
        }

        var what = await dialog.AskAsync(() => [dialog.Clip(PromptKeys.WhatAsk)], "12345", cancellationToken);
        if (what is null)
        {
            return;
        }

        var category = what switch
        {
            '1' => ReportCategory.Marketing,
            '2' => ReportCategory.Harassment,
            '3' => ReportCategory.Threat,
            '4' => ReportCategory.Fraud,
            _ => ReportCategory.Other,
        };
        var reference = await SubmitAsync(keyed, target, when.Value, category);
        if (reference is null)
        {
            await dialog.SayAsync(cancellationToken, dialog.Clip(PromptKeys.ReportNotTaken), dialog.Clip(PromptKeys.Goodbye));
            return;
        }

        List<AudioClip> answer = [dialog.Clip(PromptKeys.ReportReceived), .. dialog.Digits(reference)];
        if (_caller is null)
        {
            // Nothing can follow by SMS: the reference is said twice, to be written down.
            answer.AddRange([dialog.Clip(PromptKeys.ReportNoSms), dialog.Clip(PromptKeys.ReportReceived), .. dialog.Digits(reference)]);
        }
        else
        {
            answer.Add(dialog.Clip(PromptKeys.ReportSms));
        }

        if (category.RoutesToPolice())
        {
            answer.Add(dialog.Clip(PromptKeys.PoliceAdvice));
        }

        answer.Add(dialog.Clip(PromptKeys.Goodbye));
        await dialog.SayAsync(cancellationToken, answer);
    }

    /// <summary>The report's reference once intake committed it; null when it was refused (over the caller's limit, or a field).</summary>
    private async Task<string?> SubmitAsync(string keyed, PhoneNumber target, char when, ReportCategory category)
    {
        var invite = call.Invite;
        var now = services.Time.GetUtcNow();
        var callKey = Digest(invite.CallId);
        var identity = _caller is null ? "voice:withheld:" + callKey[..16] : null;
        if (services.Limits.Take(_caller?.ToE164String(), identity, "voice") is { Allowed: false })
        {
            return null;
        }

        var shownCallId = invite.CallId.Length <= 128 && invite.CallId.All(c => c is > ' ' and < '\u007f') ? invite.CallId : "sha256:" + callKey;
        var submission = new ReportSubmission(
            IntakeChannel.Voice,
            $"call-id={shownCallId} dialled={invite.DialledNumber} caller={_caller?.ToE164String() ?? "withheld"} from={invite.Source}\nnumber={keyed} when={ReportWhen.Code(when)} what={category.ToCode()}",
            now,
            _caller?.ToE164String(),
            identity,
            "voice:" + callKey,
            keyed,
            category.ToCode(),
            ReportWhen.OccurredAt(when, now),
            Language: dialog.Language.Written(),
            Target: target,
            Acknowledge: _caller is not null,
            ServiceNumber: invite.DialledNumber);
        // Not the call's token: a caller who hangs up after the last key has still made the report.
        var result = await services.Intake.SubmitAsync(submission, CancellationToken.None);
        if (result.Receipt is null)
        {
            services.Logger.LogWarning("Voice report refused by intake: {Errors}", string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        return result.Receipt?.Reference;
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        if (_caller is not { } caller)
        {
            await dialog.SayAsync(cancellationToken, dialog.Clip(PromptKeys.FollowWithheld), dialog.Clip(PromptKeys.Goodbye));
            return;
        }

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var digits = await dialog.ReadDigitsAsync(PromptKeys.FollowEnter, cancellationToken);
            if (digits is null)
            {
                return;
            }

            // R20261128-000123 is keyed as its 14 digits: the date, then the day's sequence.
            var reference = digits.Length > 8 ? $"R{digits[..8]}-{digits[8..]}" : string.Empty;
            var state = ReportReference.IsWellFormed(reference)
                ? await ReporterReports.CaseStateAsync(services.Contexts, reference, caller.E164, cancellationToken)
                : null;
            if (state is { } found)
            {
                await dialog.SayAsync(cancellationToken, dialog.Clip(PromptKeys.FollowState(found)), dialog.Clip(PromptKeys.Goodbye));
                return;
            }

            await dialog.SayAsync(PromptKeys.FollowUnknown, cancellationToken);
        }

        await dialog.SayAsync(PromptKeys.Goodbye, cancellationToken);
    }

    private async Task RefuseAsync(CancellationToken cancellationToken)
    {
        if (_caller is not { } caller)
        {
            await dialog.SayAsync(cancellationToken, dialog.Clip(PromptKeys.RefuseWithheld), dialog.Clip(PromptKeys.Goodbye));
            return;
        }

        // As the SMS command TD: every category, confirmed by SMS in the caller's language; refusing is signing up to screening.
        await services.Refusals.ChangeAsync(caller.E164, MarketingCategories.All, MarketingCategories.None, "voice", null, dialog.Language.Written(), CancellationToken.None);
        await services.Consents.RecordAsync(caller, ConsentPurpose.Screening, IntakeChannel.Voice, CancellationToken.None);
        await dialog.SayAsync(cancellationToken, dialog.Clip(PromptKeys.RefuseDone), dialog.Clip(PromptKeys.Goodbye));
    }

    /// <summary>The caller's number when it is a phone that can receive an SMS; null when withheld or not a number.</summary>
    private static PhoneNumber? Caller(string? shown)
    {
        if (string.IsNullOrWhiteSpace(shown) || shown.Length > PhoneNumberNormalizer.MaxInputLength)
        {
            return null;
        }

        var number = PhoneNumberNormalizer.Default.Normalize(shown);
        return number.IsValid && number.Kind is not (NumberKind.Anonymous or NumberKind.Emergency) ? number : null;
    }

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
