using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;

namespace CallWarden.Data.Intake;

/// <summary>
/// A report as a channel adapter received it, before anything was checked. Every channel (SMS,
/// mail, web form, API, bulk import) hands intake the same shape.
/// </summary>
/// <param name="RawPayload">The message, mail or request body exactly as received: evidence.</param>
/// <param name="ReceivedAt">When the adapter received it (UTC).</param>
/// <param name="ReporterPhone">The reporter's number when the channel gives one (an SMS sender).</param>
/// <param name="ReporterIdentity">Otherwise the channel's identity of the reporter (a mail address, an account).</param>
/// <param name="IdempotencyKey">
/// The same key twice from the same caller is one report: the gateway's message id, a mail's Message-ID, a
/// client's key. Keys are the caller's own (<see cref="IdempotencyScope"/>): another caller's equal key is
/// another report, and the same caller's key with a different report is refused as a conflict.
/// </param>
/// <param name="TargetText">The reported number as written.</param>
/// <param name="CategoryCode">A category code (<c>fraud</c>); empty means <c>other</c>.</param>
/// <param name="ConsentNotice">The version of the privacy notice the reporter was shown and agreed to (<c>privacy-2026-12</c>).</param>
/// <param name="Target">
/// The reported number when the channel's parser already established it (the SMS grammar reads
/// <c>一三九一二三四五六七八</c>): intake takes it as given and keeps <paramref name="TargetText"/> as
/// evidence only, without reading the number a second time (issue #14 item 9).
/// </param>
/// <param name="ServiceNumber">
/// The service number the report was sent to (SMS: <c>12321</c>, <c>10086999</c>): answers come from
/// it, and a carrier's own report number puts the case on that carrier's desk at once.
/// </param>
/// <param name="CalledText">
/// When the caller's number was not shown (<paramref name="TargetText"/> 未显示号码 / 匿名 / anonymous): the number
/// that received the call, as written; with <paramref name="OccurredAt"/> it lets that line's carrier find the caller.
/// </param>
/// <param name="Caller">
/// Who sent it when that is not the reporter: the API key or login (<c>key:12</c>, <c>user:ann</c>) whose
/// idempotency keys these are. Null: the reporter the channel names (a mail's sender, an SMS's phone).
/// </param>
/// <param name="Acknowledge">False when nobody may be answered (a mail whose envelope sender is not its <c>From:</c>): the report is filed, no acknowledgement queued.</param>
public sealed record ReportSubmission(
    IntakeChannel Channel,
    string RawPayload,
    DateTimeOffset ReceivedAt,
    string? ReporterPhone,
    string? ReporterIdentity,
    string IdempotencyKey,
    string TargetText,
    string? CategoryCode = null,
    DateTimeOffset? OccurredAt = null,
    string? Reason = null,
    string? Content = null,
    bool ProofOfCall = false,
    EvidenceKind Kind = EvidenceKind.SpamReport,
    DisplayLanguage Language = DisplayLanguage.ZhHans,
    string? ConsentNotice = null,
    PhoneNumber? Target = null,
    bool Acknowledge = true,
    string? ServiceNumber = null,
    string? CalledText = null,
    string? Caller = null);
