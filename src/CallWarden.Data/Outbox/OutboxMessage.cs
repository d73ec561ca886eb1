namespace CallWarden.Data.Outbox;

/// <summary>
/// A message to send, written in the same transaction as what caused it, so that it is never lost;
/// <see cref="DedupKey"/> is unique, so that it is never queued twice.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public OutboxChannel Channel { get; set; }

    public required string Recipient { get; set; }

    /// <summary>The BCP 47 tag of the language to render in (<c>zh-Hans</c>).</summary>
    public required string Language { get; set; }

    /// <summary>The template to render, e.g. <c>report.acknowledged</c>; null when <see cref="Body"/> is already rendered.</summary>
    public string? TemplateKey { get; set; }

    /// <summary>The template's parameters as a JSON object.</summary>
    public string? Parameters { get; set; }

    public string? Body { get; set; }

    public required string DedupKey { get; set; }

    /// <summary>
    /// The number the message is sent from: the service number the reporter texted (10086999 for
    /// China Mobile's desk); null for the channel's default sender.
    /// </summary>
    public string? Sender { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The gateway's or mail server's id for the sent message.</summary>
    public string? ExternalId { get; set; }

    public string? LastError { get; set; }
}
