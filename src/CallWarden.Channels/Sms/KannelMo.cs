namespace CallWarden.Channels.Sms;

/// <summary>One mobile-originated message as Kannel's sms-service hands it over (<c>%p %P %a %t %I %c %C %i</c>).</summary>
/// <param name="From">The sender (<c>%p</c>).</param>
/// <param name="To">The service number it was sent to (<c>%P</c>).</param>
/// <param name="Text">The text, decoded by its charset.</param>
/// <param name="MessageId">Kannel's message id (<c>%I</c>): the same message delivered twice carries the same id.</param>
/// <param name="Timestamp">Kannel's <c>%t</c>, kept as text for the evidence.</param>
internal sealed record KannelMo(string From, string To, string Text, string? MessageId, string? Timestamp, string? Smsc);
