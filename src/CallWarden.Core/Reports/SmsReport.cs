using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>A report of <see cref="Target"/> sent by SMS to <see cref="ServiceNumber"/>.</summary>
/// <param name="ServiceNumber">The configured service number the message reached, e.g. <c>12321</c>.</param>
/// <param name="Target">The reported number, normalised.</param>
/// <param name="TargetText">The reported number exactly as the sender wrote it: evidence.</param>
/// <param name="OccurredAt">The call time in China time (+08:00); set by the number-and-time grammar only.</param>
/// <param name="Reason">The sender's short reason, e.g. 推銷保險.</param>
/// <param name="Content">The quoted or forwarded spam text.</param>
/// <param name="Category">A guess from the reason or content; analysts may correct it.</param>
/// <param name="Sender">The sender's number when the gateway gave a valid one.</param>
public sealed record SmsReport(
    string ServiceNumber,
    PhoneNumber Target,
    string TargetText,
    DateTimeOffset? OccurredAt,
    string? Reason,
    string? Content,
    ReportCategory Category,
    PhoneNumber? Sender,
    DisplayLanguage Language) : SmsParseResult(Language)
{
    /// <summary>The caller's number was not shown (<c>未显示号码*昨天下午3点</c>): the sender's own line received the call.</summary>
    public bool CallerWithheld => Target.Kind == NumberKind.Anonymous;
}
