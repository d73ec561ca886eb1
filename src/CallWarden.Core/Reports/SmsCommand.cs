using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>A keyword command. <paramref name="Reference"/> is set for a status query only (<c>R20261128-000123</c>).</summary>
public sealed record SmsCommand(
    string ServiceNumber,
    SmsCommandKind Kind,
    string? Reference,
    PhoneNumber? Sender,
    DisplayLanguage Language) : SmsParseResult(Language);
