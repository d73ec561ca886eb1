using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>Hands a reply to the relay; returns the relay's answer. Throws when the relay does not take it.</summary>
internal interface IReplyTransport
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
