namespace CallWarden.Channels.Mail;

/// <summary>A parsed mail, or why the whole mail is refused (the text of the <c>554 5.7.1</c> reply).</summary>
internal sealed record MailReading(MailReport? Report, string? Refusal)
{
    public static MailReading Refused(string reason) => new(null, reason);
}
