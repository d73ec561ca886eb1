using CallWarden.Core.Evidence;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Channels.Mail;

/// <summary>What a report mail says: who sent it, the numbers it reports (none when the sender needs the format explained), and its evidence.</summary>
/// <param name="Replyable">
/// The envelope sender (MAIL FROM) is the <c>From:</c> address: only then is anyone answered, so a
/// forged <c>From:</c> cannot turn our replies against a third party.
/// </param>
internal sealed record MailReport(
    string Sender,
    string MessageId,
    string Subject,
    string Body,
    IReadOnlyList<(string Text, PhoneNumber Number)> Numbers,
    DateTimeOffset? OccurredAt,
    ReportCategory Category,
    DisplayLanguage Language,
    IReadOnlyList<EvidenceFile> Evidence,
    bool Replyable,
    string? WithheldCaller = null);
