using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>
/// What an SMS to a service number means: an <see cref="SmsReport"/>, an <see cref="SmsCommand"/>
/// or an <see cref="SmsRefusal"/>. Every message gets one, so every sender gets a reply.
/// </summary>
public abstract record SmsParseResult(DisplayLanguage Language);
