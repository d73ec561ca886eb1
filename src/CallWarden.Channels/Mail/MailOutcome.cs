namespace CallWarden.Channels.Mail;

/// <summary>The SMTP answer to one mail: <see cref="Code"/> 250 when taken, else the refusal.</summary>
internal sealed record MailOutcome(int Code, string Text, IReadOnlyList<string> References);
