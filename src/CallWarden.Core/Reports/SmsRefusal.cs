using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>A message that is not a report or command, with the reply that tells the sender the right format.</summary>
/// <param name="ServiceNumber">The service number as the gateway gave it (it may be unknown).</param>
/// <param name="Reply">Localised, polite, short, and always names the format with an example.</param>
public sealed record SmsRefusal(
    string ServiceNumber,
    SmsRefusalReason Reason,
    string Reply,
    DisplayLanguage Language) : SmsParseResult(Language);
