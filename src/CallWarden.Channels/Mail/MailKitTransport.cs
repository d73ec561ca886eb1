using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>Sends replies to <c>Channels:Mail:Relay</c> with MailKit.</summary>
internal sealed class MailKitTransport(MailRelayOptions relay) : IReplyTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)relay.Timeout.TotalMilliseconds };
        await client.ConnectAsync(relay.Host ?? throw new InvalidOperationException("Channels:Mail:Relay:Host is not set"), relay.Port, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken).ConfigureAwait(false);
        var answer = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        return answer;
    }
}
